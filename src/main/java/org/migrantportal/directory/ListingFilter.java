package org.migrantportal.directory;

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

}
