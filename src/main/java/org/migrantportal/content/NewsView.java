package org.migrantportal.content;

import java.time.LocalDate;

import org.migrantportal.shared.Described;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.EmbeddedMedia;

/**
 * One news item as the public sees it, in the best available language.
 *
 * @param id the news item's id (what feedback on it names)
 * @param bodyHtml sanitised HTML
 * @param date the item's date; null when its source gives none (nothing is invented)
 * @param cover the cover image, with its alt text in the reader's language; null when the
 * item has none or it is not public
 */
public record NewsView(long id, String title, String summary, String bodyHtml, SiteLocale shownLocale, boolean fallback,
		boolean awaitingNativeReview, CountryScope country, LocalDate date, TranslationPaths paths,
		EmbeddedMedia cover) implements Described {

	@Override
	public String metaDescription() {
		return this.fallback ? null : this.summary;
	}

}
