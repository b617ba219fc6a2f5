package org.migrantportal.content;

import java.time.LocalDate;

import org.migrantportal.shared.CountryScope;

/**
 * The language-neutral facts of a news item, as editors set them.
 *
 * @param date the day the news happened, or null to show the day it was published
 * @param coverMediaId the id of the cover image in the media library, or null
 * @param version the version of the item these facts were read at, to detect edit
 * conflicts
 * @param earlierCoverImage the path typed as cover before covers were media files, for
 * editors to replace; null when none (never written)
 */
public record NewsDetails(CountryScope country, LocalDate date, boolean featured, Long coverMediaId, long version,
		String earlierCoverImage) {

	/** IOM was founded in 1951: no news of ours is older. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1951, 1, 1);

	/** The facts as a form sends them (no earlier cover path). */
	public NewsDetails(CountryScope country, LocalDate date, boolean featured, Long coverMediaId, long version) {
		this(country, date, featured, coverMediaId, version, null);
	}

}
