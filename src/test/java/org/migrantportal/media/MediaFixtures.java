package org.migrantportal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Files to upload, made in the test: images, PDFs and files the library must refuse. */
public final class MediaFixtures {

	private MediaFixtures() {
	}

	public static byte[] png(int width, int height) {
		return image(width, height, "png", BufferedImage.TYPE_INT_ARGB);
	}

	public static byte[] jpeg(int width, int height) {
		return image(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
	}

	public static byte[] gif(int width, int height) {
		return image(width, height, "gif", BufferedImage.TYPE_INT_RGB);
	}

	/** A 1×1 lossless WebP. */
	public static byte[] webp() {
		return Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
	}

	private static byte[] image(int width, int height, String format, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(30, 90, 160));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
		graphics.dispose();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A JPEG photo carrying EXIF with a GPS position (Tbilisi, 41°N 44°E), as phones
	 * write it: an APP1 "Exif" segment right after the start of the image.
	 */
	public static byte[] jpegWithGps(int width, int height) {
		byte[] jpeg = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(128);
		// TIFF header, big-endian, first IFD at offset 8
		tiff.put(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		// IFD0: one entry, GPSInfo (0x8825) pointing at the GPS IFD at offset 26
		tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
		// GPS IFD: GPSLatitudeRef "N", GPSLongitudeRef "E"
		tiff.putShort((short) 2);
		tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
		tiff.putInt(0);
		byte[] tiffBytes = new byte[tiff.position()];
		tiff.flip().get(tiffBytes);
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiffBytes);
		int length = exif.length + 2;
		byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, exif);
		byte[] result = new byte[jpeg.length + segment.length];
		System.arraycopy(jpeg, 0, result, 0, 2);
		System.arraycopy(segment, 0, result, 2, segment.length);
		System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
		return result;
	}

	/**
	 * A PNG of a few hundred bytes whose header declares {@code width}×{@code height}
	 * pixels: a decompression bomb's signature.
	 */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2);
		header.put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", header.array());
		Deflater deflater = new Deflater();
		deflater.setInput(new byte[4096]);
		deflater.finish();
		byte[] compressed = new byte[512];
		int size = deflater.deflate(compressed);
		byte[] data = new byte[size];
		System.arraycopy(compressed, 0, data, 0, size);
		chunk(out, "IDAT", data);
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static byte[] svg() {
		return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
				+ "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>")
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("photo.jpg"));
			zip.write(jpeg(4, 4));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The start of a Windows program (an "MZ" header and a PE signature). */
	public static byte[] exe() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3C] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** A plain one-page PDF. */
	public static byte[] pdf() {
		return pdf((document) -> {
		});
	}

	public static byte[] encryptedPdf() {
		return pdf((document) -> {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	/** A PDF whose document-level JavaScript sits in the names tree. */
	public static byte[] pdfWithJavaScriptInNames() {
		return pdf((document) -> {
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('hi');")));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setJavascript(scripts);
			document.getDocumentCatalog().setNames(names);
		});
	}

	public static byte[] pdfWithJavaScriptOpenAction() {
		return pdf((document) -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.launchURL('https://example.org');")));
	}

	public static byte[] pdfWithLaunchAction() {
		return pdf((document) -> {
			PDActionLaunch launch = new PDActionLaunch();
			launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification());
			launch.getCOSObject().setString("F", "cmd.exe");
			document.getDocumentCatalog().setOpenAction(launch);
		});
	}

	/** A PDF with a link on its page that runs JavaScript when clicked. */
	public static byte[] pdfWithJavaScriptLink() {
		return pdf((document) -> {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setAction(new PDActionJavaScript("this.print();"));
			document.getPage(0).getAnnotations().add(link);
		});
	}

	private static byte[] pdf(PdfChange change) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			change.apply(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] result = new byte[first.length + second.length];
		System.arraycopy(first, 0, result, 0, first.length);
		System.arraycopy(second, 0, result, first.length, second.length);
		return result;
	}

	/** Whether a JPEG has an APP1 segment (where EXIF and XMP live). */
	public static boolean hasApp1Segment(byte[] jpeg) {
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
			int marker = jpeg[position + 1] & 0xFF;
			if (marker == 0xE1) {
				return true;
			}
			if (marker == 0xDA) {
				return false;
			}
			int length = ((jpeg[position + 2] & 0xFF) << 8) | (jpeg[position + 3] & 0xFF);
			position += 2 + length;
		}
		return false;
	}

	private interface PdfChange {

		void apply(PDDocument document) throws IOException;

	}

}
