package org.migrantportal.media;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A smaller copy of an image, stored under its asset's key and its width. */
@Embeddable
class MediaVariant {

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(name = "byte_size", nullable = false)
	private long byteSize;

	@Column(name = "webp_byte_size")
	private Long webpByteSize;

	protected MediaVariant() {
	}

	MediaVariant(int width, int height, long byteSize, Long webpByteSize) {
		this.width = width;
		this.height = height;
		this.byteSize = byteSize;
		this.webpByteSize = webpByteSize;
	}

	/** Whether a WebP copy of this size is stored beside it. */
	boolean hasWebp() {
		return this.webpByteSize != null;
	}

	int getWidth() {
		return this.width;
	}

	int getHeight() {
		return this.height;
	}

	long getByteSize() {
		return this.byteSize;
	}

}
