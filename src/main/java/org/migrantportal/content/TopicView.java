package org.migrantportal.content;

import java.util.List;

import org.migrantportal.shared.Described;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;

/**
 * A topic page: its text in the best available language, and its published pages.
 *
 * @param id the topic's id (what feedback on it names)
 * @param shownLocale the language the text is in
 * @param fallback whether that is not the language asked for
 * @param bodyHtml sanitised HTML
 */
public record TopicView(long id, String title, String summary, String bodyHtml, SiteLocale shownLocale,
		boolean fallback, boolean awaitingNativeReview, List<PageSummary> pages,
		TranslationPaths paths) implements Described {

	@Override
	public String metaDescription() {
		return this.fallback ? null : this.summary;
	}

}
