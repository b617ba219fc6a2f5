package org.migrantportal.content;

import java.time.Instant;
import java.time.LocalDate;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.EmbeddedMedia;

/**
 * A news item as a link in a list or a feed entry, in the best available language.
 *
 * @param date the item's date; null when its source gives none (nothing is invented)
 * @param updatedAt when the shown translation was last published (for feeds)
 * @param cover the cover image as the reader sees it; null when none is public
 */
public record NewsSummary(Long id, String title, String summary, String path, SiteLocale shownLocale, boolean fallback,
		CountryScope country, LocalDate date, boolean featured, Instant updatedAt, EmbeddedMedia cover) {
}
