package org.migrantportal.content;

import java.time.LocalDate;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.CountryScope;

/**
 * One page as the public sees it, in the best available language.
 *
 * @param shownLocale the language the text is in
 * @param fallback whether that is not the language asked for
 * @param bodyHtml sanitised HTML
 * @param updatedOn the day the shown translation last changed, in the country's time zone
 */
public record PageView(String title, String summary, String bodyHtml, SiteLocale shownLocale, boolean fallback,
		boolean awaitingNativeReview, CountryScope country, TopicSummary topic, LocalDate updatedOn,
		TranslationPaths paths) {
}
