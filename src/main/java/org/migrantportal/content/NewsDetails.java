package org.migrantportal.content;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.migrantportal.shared.CountryScope;

/**
 * The language-neutral facts of a news item, as editors set them.
 *
 * @param date the day the news happened, or null to show the day it was published
 * @param coverImage a reference to the cover image on this site (a path such as
 * {@code media/anmi-2024.jpg}), or null; the media library will make it a real image
 * @param version the version of the item these facts were read at, to detect edit
 * conflicts
 */
public record NewsDetails(CountryScope country, LocalDate date, boolean featured, String coverImage, long version) {

	/** IOM was founded in 1951: no news of ours is older. */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1951, 1, 1);

	/** The longest cover image reference. */
	public static final int MAX_COVER_IMAGE = 255;

	private static final Pattern COVER_IMAGE = Pattern
		.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	/**
	 * Whether a cover image reference is empty or a plain relative path on this site: no
	 * scheme, no other host, no {@code ..}.
	 */
	public static boolean isValidCoverImage(String reference) {
		if (reference == null || reference.isBlank()) {
			return true;
		}
		String path = reference.strip();
		return path.length() <= MAX_COVER_IMAGE && !path.contains("..") && COVER_IMAGE.matcher(path).matches();
	}

}
