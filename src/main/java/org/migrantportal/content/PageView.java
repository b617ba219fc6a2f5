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
 * @param outdated set when the source text changed after this translation was made
 */
public record PageView(String title, String summary, String bodyHtml, SiteLocale shownLocale, boolean fallback,
		boolean awaitingNativeReview, CountryScope country, TopicSummary topic, LocalDate updatedOn,
		TranslationPaths paths, Outdated outdated) {

	/**
	 * The shown translation is older than its source text.
	 *
	 * @param sourceLocale the language of the newer source text
	 * @param sourceUpdatedOn the day the source was changed
	 * @param sourcePath where the newer text is
	 */
	public record Outdated(SiteLocale sourceLocale, LocalDate sourceUpdatedOn, String sourcePath) {
	}

}
