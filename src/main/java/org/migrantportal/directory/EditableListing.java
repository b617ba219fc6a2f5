package org.migrantportal.directory;

import java.time.LocalDate;

/**
 * A listing as the back-office edits it: its latest saved document, the version the form
 * carries back, where its review stands, and why a reviewer sent it back (until it is
 * submitted again).
 */
public record EditableListing(Long id, long version, ListingReviewState reviewState, boolean published, boolean deleted,
		ServiceListingDocument document, LocalDate lastVerifiedOn, String lastVerifiedBy, String sentBackReason,
		String sentBackBy) {

	/** The listing's name in a locale, else in its source locale. */
	public String name(String locale) {
		return ListingRow.nameOf(this.document, locale);
	}

}
