package org.migrantportal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an uploaded image safely and writes it again: the size it declares is checked
 * before a single pixel is decoded (a small file can declare a huge image), only the
 * first frame is kept, and nothing of the original file but its pixels survives, so EXIF
 * data such as the place a photo was taken is gone. The smaller copies are made here too.
 */
class ImageChecks {

	private static final float JPEG_QUALITY = 0.88f;

	private static final float WEBP_QUALITY = 0.8f;

	/**
	 * The widest image that gets a WebP copy of its full size: wider ones are offered as
	 * WebP in their smaller copies only (encoding tens of megapixels would hold the
	 * upload).
	 */
	static final int WEBP_MAX_WIDTH = 2048;

	private static final Logger logger = LoggerFactory.getLogger(ImageChecks.class);

	private final long maxPixels;

	private final List<Integer> variantWidths;

	ImageChecks(long maxPixels, List<Integer> variantWidths) {
		this.maxPixels = maxPixels;
		this.variantWidths = variantWidths;
	}

	/**
	 * The image decoded and written again in {@code format}, with its smaller copies.
	 * @param readerFormat the ImageIO name of the format the bytes are in
	 */
	CheckedUpload check(byte[] bytes, String readerFormat, MediaFormat format) {
		BufferedImage image = decode(bytes, readerFormat);
		if (format == MediaFormat.JPEG) {
			image = opaque(image);
		}
		List<CheckedUpload.Variant> variants = new ArrayList<>();
		for (int width : this.variantWidths) {
			if (image.getWidth() > width) {
				int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
				BufferedImage scaled = scale(image, width, height);
				variants.add(new CheckedUpload.Variant(width, height, encode(scaled, format), webp(scaled)));
			}
		}
		return new CheckedUpload(MediaKind.IMAGE, format, encode(image, format), image.getWidth(), image.getHeight(),
				variants, (image.getWidth() <= WEBP_MAX_WIDTH) ? webp(image) : null);
	}

	/**
	 * The image as lossy WebP, or null where no WebP writer can run (libwebp is bundled
	 * for the usual platforms; elsewhere pages offer the original format only).
	 */
	private static byte[] webp(BufferedImage image) {
		if (!ImageIO.getImageWritersByFormatName(MediaFormat.WEBP.imageIoName()).hasNext()) {
			return null;
		}
		int packed = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		try {
			// libwebp takes packed RGB or ARGB pixels; other layouts are redrawn as one
			return encode((image.getType() == packed) ? image : redrawn(image, packed, null), MediaFormat.WEBP);
		}
		catch (RuntimeException | LinkageError ex) {
			logger.warn("No WebP copy made: {}", ex.toString());
			return null;
		}
	}

	private BufferedImage decode(byte[] bytes, String readerFormat) {
		ImageReader reader = pureJavaReader(readerFormat);
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			// the header alone: a decompression bomb is refused before it is unpacked
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new UploadRejectedException("media.error.unreadable");
			}
			if (width * height > this.maxPixels) {
				throw new UploadRejectedException("media.error.too-many-pixels", String.valueOf(width),
						String.valueOf(height));
			}
			BufferedImage image = reader.read(0);
			if (image == null) {
				throw new UploadRejectedException("media.error.unreadable");
			}
			return image;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UploadRejectedException rejected) {
				throw rejected;
			}
			throw new UploadRejectedException("media.error.unreadable", ex);
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * A reader of the format written in Java: never the native WebP library, which is
	 * there to write copies and must not parse what someone uploaded.
	 */
	private static ImageReader pureJavaReader(String readerFormat) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerFormat);
		while (readers.hasNext()) {
			ImageReader reader = readers.next();
			if (!reader.getClass().getName().startsWith("com.luciad.")) {
				return reader;
			}
			reader.dispose();
		}
		throw new UploadRejectedException("media.error.type-not-allowed");
	}

	/** The image as plain RGB pixels, which is what a JPEG holds. */
	private static BufferedImage opaque(BufferedImage image) {
		return redrawn(image, BufferedImage.TYPE_INT_RGB, Color.WHITE);
	}

	/**
	 * The image drawn onto a new one of {@code type}, over {@code background} if given.
	 */
	private static BufferedImage redrawn(BufferedImage image, int type, Color background) {
		BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
		Graphics2D graphics = copy.createGraphics();
		try {
			if (background != null) {
				graphics.setColor(background);
				graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			}
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return copy;
	}

	private static BufferedImage scale(BufferedImage image, int width, int height) {
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage scaled = new BufferedImage(width, height, type);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	private static byte[] encode(BufferedImage image, MediaFormat format) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
		if (!writers.hasNext()) {
			throw new IllegalStateException("No ImageIO writer for " + format);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == MediaFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			else if (format == MediaFormat.WEBP) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionType("Lossy");
				param.setCompressionQuality(WEBP_QUALITY);
			}
			// no metadata is passed on: only the pixels are written
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot encode image as " + format, ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
