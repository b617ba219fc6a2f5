package org.migrantportal.media;

import org.apache.tika.Tika;

import org.springframework.stereotype.Component;

/**
 * Decides whether an uploaded file may enter the media library and what is stored of it.
 * The type is read from the bytes (Apache Tika's magic numbers), never from the file's
 * name or the browser's Content-Type header: JPEG, PNG, WebP, GIF and PDF are accepted,
 * everything else (SVG, HTML, archives, programs) is refused with a message key that says
 * why. Images are decoded and written again; PDFs are checked for scripts.
 */
@Component
class MediaUploads {

	private static final long MEGABYTE = 1024L * 1024L;

	private final long maxBytes;

	private final ImageChecks images;

	private final PdfChecks pdfs = new PdfChecks();

	MediaUploads(MediaProperties properties) {
		this.maxBytes = properties.maxFileSize().toBytes();
		this.images = new ImageChecks(properties.maxPixels(), properties.variantWidths());
	}

	/**
	 * What to store of the uploaded bytes.
	 * @throws UploadRejectedException when the file is empty, too large, of a type not
	 * accepted, unreadable or unsafe
	 */
	CheckedUpload check(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new UploadRejectedException("media.error.empty");
		}
		if (bytes.length > this.maxBytes) {
			throw new UploadRejectedException("media.error.too-large", megabytes(this.maxBytes));
		}
		String detected = Types.TIKA.detect(bytes);
		return switch (detected) {
			case "image/jpeg" -> this.images.check(bytes, "jpeg", MediaFormat.JPEG);
			case "image/png" -> this.images.check(bytes, "png", MediaFormat.PNG);
			case "image/gif" -> this.images.check(bytes, "gif", MediaFormat.GIF);
			// stored as PNG: nothing here can write WebP (see MediaFormat)
			case "image/webp" -> this.images.check(bytes, "webp", MediaFormat.PNG);
			case "application/pdf" -> this.pdfs.check(bytes);
			default -> throw new UploadRejectedException("media.error.type-not-allowed");
		};
	}

	/** The largest file accepted, in whole megabytes, for messages. */
	long maxMegabytes() {
		return megabytes(this.maxBytes);
	}

	private static long megabytes(long bytes) {
		return Math.max(1, bytes / MEGABYTE);
	}

	/**
	 * Tika reads its type definitions when it is made (a tenth of a second): at the first
	 * upload, not at every start.
	 */
	private static final class Types {

		static final Tika TIKA = new Tika();

	}

}
