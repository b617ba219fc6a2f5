package org.migrantportal.content;

import java.time.LocalDate;

import org.migrantportal.shared.Described;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.CountryScope;

/**
 * One page as the public sees it, in the best available language.
 *
 * @param id the page's id (what feedback on it names)
 * @param shownLocale the language the text is in
 * @param fallback whether that is not the language asked for
 * @param bodyHtml sanitised HTML
 * @param updatedOn the day the text of the shown translation last changed (its published
 * revision), in the country's time zone; null when not known (imported text whose source
 * gives no date)
 * @param outdated set when the source text changed after this translation was made
 */
public record PageView(long id, String title, String summary, String bodyHtml, SiteLocale shownLocale, boolean fallback,
		boolean awaitingNativeReview, CountryScope country, TopicSummary topic, LocalDate updatedOn,
		TranslationPaths paths, Outdated outdated) implements Described {

	@Override
	public String metaDescription() {
		return this.fallback ? null : this.summary;
	}

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
