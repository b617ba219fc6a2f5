package org.migrantportal.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats the media library stores, with the content type they are served with and
 * the extension of their public URL. A WebP upload is stored as PNG; WEBP is the format
 * of the lighter copies made beside every image, which browsers that take WebP are
 * offered.
 */
public enum MediaFormat {

	JPEG("image/jpeg", "jpg", "jpeg", MediaKind.IMAGE), PNG("image/png", "png", "png", MediaKind.IMAGE),
	GIF("image/gif", "gif", "gif", MediaKind.IMAGE), PDF("application/pdf", "pdf", null, MediaKind.DOCUMENT),
	WEBP("image/webp", "webp", "webp", MediaKind.IMAGE);

	private final String contentType;

	private final String extension;

	private final String imageIoName;

	private final MediaKind kind;

	MediaFormat(String contentType, String extension, String imageIoName, MediaKind kind) {
		this.contentType = contentType;
		this.extension = extension;
		this.imageIoName = imageIoName;
		this.kind = kind;
	}

	public String contentType() {
		return this.contentType;
	}

	public String extension() {
		return this.extension;
	}

	public MediaKind kind() {
		return this.kind;
	}

	/** The name ImageIO writes this format under, or null for a document. */
	String imageIoName() {
		return this.imageIoName;
	}

	public static Optional<MediaFormat> ofContentType(String contentType) {
		return Arrays.stream(values()).filter((format) -> format.contentType.equals(contentType)).findFirst();
	}

}
