package org.migrantportal.content;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * A page as a link in a list: title and summary in the best available language.
 *
 * @param shownLocale the language of {@code title} and {@code summary}
 * @param fallback whether that is not the language asked for
 */
public record PageSummary(String title, String summary, String path, SiteLocale shownLocale, boolean fallback,
		CountryScope country) {
}
