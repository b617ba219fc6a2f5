package org.migrantportal.search;

import java.time.Instant;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * One result: its type, language and country, its title and a snippet with the matches
 * marked (both HTML-escaped, with {@code <mark>} around matches), and its public path.
 */
public record SearchHit(SearchType type, SiteLocale locale, CountryScope country, String titleHtml, String snippetHtml,
		String path, Instant publishedAt) {
}
