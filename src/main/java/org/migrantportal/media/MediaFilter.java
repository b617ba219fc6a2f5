package org.migrantportal.media;

/**
 * What the back-office list shows: files whose title contains {@code title} (any
 * language), of one kind; null for any.
 */
public record MediaFilter(String title, MediaKind kind) {

	public MediaFilter {
		title = (title == null || title.isBlank()) ? null : title.strip();
	}

	public static MediaFilter none() {
		return new MediaFilter(null, null);
	}

}
