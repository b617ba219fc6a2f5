package org.migrantportal.content;

import java.time.LocalDate;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.CountryScope;

/**
 * One news item as the public sees it, in the best available language.
 *
 * @param bodyHtml sanitised HTML
 * @param date the item's date, or the day it was published when the source gives none
 */
public record NewsView(String title, String summary, String bodyHtml, SiteLocale shownLocale, boolean fallback,
		boolean awaitingNativeReview, CountryScope country, LocalDate date, TranslationPaths paths) {
}
