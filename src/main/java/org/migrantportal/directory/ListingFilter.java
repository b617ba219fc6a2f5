package org.migrantportal.directory;

import java.util.Locale;

import org.migrantportal.shared.CountryScope;

/**
 * What the back-office list of listings is narrowed to; null fields do not narrow.
 *
 * @param unverified only listings not verified for
 * {@link ServiceListingEditingService#VERIFY_EVERY_DAYS} days, or never
 */
public record ListingFilter(Long organizationId, CountryScope country, ListingReviewState reviewState,
		ServiceStatus status, String text, boolean unverified) {

	public static final ListingFilter NONE = new ListingFilter(null, null, null, null, null, false);

	boolean matchesText(String name) {
		return this.text == null || this.text.isBlank()
				|| name.toLowerCase(Locale.ROOT).contains(this.text.trim().toLowerCase(Locale.ROOT));
	}

}
