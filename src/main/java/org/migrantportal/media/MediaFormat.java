package org.migrantportal.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The formats the media library stores, with the content type they are served with and
 * the extension of their public URL. WebP is accepted but stored as PNG: no library from
 * the usual registry writes WebP without native code.
 */
public enum MediaFormat {

	JPEG("image/jpeg", "jpg", "jpeg", MediaKind.IMAGE), PNG("image/png", "png", "png", MediaKind.IMAGE),
	GIF("image/gif", "gif", "gif", MediaKind.IMAGE), PDF("application/pdf", "pdf", null, MediaKind.DOCUMENT);

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
