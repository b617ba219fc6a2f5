package org.migrantportal.content;

import java.time.Instant;
import java.time.LocalDate;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * A news item as a link in a list or a feed entry, in the best available language.
 *
 * @param date the item's date, or the day it was published when the source gives none
 * @param updatedAt when the shown translation was last published (for feeds)
 */
public record NewsSummary(Long id, String title, String summary, String path, SiteLocale shownLocale, boolean fallback,
		CountryScope country, LocalDate date, boolean featured, Instant updatedAt) {
}
