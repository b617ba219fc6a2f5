package org.migrantportal.media;

import org.migrantportal.shared.CountryScope;

/**
 * What the back-office list shows: files whose title contains {@code title} (any
 * language), of one kind, of one country, whose own words are in one language, and only
 * those no page, topic or news item shows when {@code unusedOnly}; null for any.
 */
public record MediaFilter(String title, MediaKind kind, CountryScope country, String language, boolean unusedOnly) {

	public MediaFilter {
		title = (title == null || title.isBlank()) ? null : title.strip();
		language = (language == null || language.isBlank()) ? null : language.strip();
	}

	public MediaFilter(String title, MediaKind kind) {
		this(title, kind, null, null, false);
	}

	public static MediaFilter none() {
		return new MediaFilter(null, null);
	}

}
