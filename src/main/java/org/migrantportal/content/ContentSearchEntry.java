package org.migrantportal.content;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * One published translation of a page or news item as search sees it: plain text, its
 * public path, and when it was published.
 *
 * @param id the page's or news item's id
 */
public record ContentSearchEntry(ContentKind kind, Long id, String locale, CountryScope country, String title,
		String summary, String bodyText, String path, Instant publishedAt) {
}
