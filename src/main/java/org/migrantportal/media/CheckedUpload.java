package org.migrantportal.media;

import java.util.List;

/**
 * An upload that passed every check, as it will be stored: an image re-encoded on the
 * server with its smaller copies, or a document as sent.
 *
 * @param kind image or document
 * @param format the stored format
 * @param bytes the bytes to store
 * @param width the image's width in pixels, or null for a document
 * @param height the image's height in pixels, or null for a document
 * @param variants the smaller copies of an image, narrowest first
 * @param webp the image as WebP, or null (a document, a large image, or no WebP writer)
 */
record CheckedUpload(MediaKind kind, MediaFormat format, byte[] bytes, Integer width, Integer height,
		List<Variant> variants, byte[] webp) {

	CheckedUpload {
		variants = List.copyOf(variants);
	}

	/**
	 * A smaller copy of an image, in the same format, and as WebP (null without a WebP
	 * writer).
	 */
	record Variant(int width, int height, byte[] bytes, byte[] webp) {
	}

}
