package org.migrantportal.directory;

import java.time.Instant;
import java.time.LocalDate;

import org.migrantportal.shared.CountryScope;

/** One listing in the back-office list: its name, owner, country and editorial state. */
public record ListingRow(Long id, String name, Long organizationId, CountryScope country, ServiceStatus status,
		ListingReviewState reviewState, boolean published, LocalDate lastVerifiedOn, String lastVerifiedBy,
		Instant updatedAt) {

	static String nameOf(ServiceListingDocument document, String locale) {
		ServiceListingDocument.Text text = document.texts().get(locale);
		if (text == null) {
			text = document.texts().get(document.sourceLocale());
		}
		if (text == null && !document.texts().isEmpty()) {
			text = document.texts().values().iterator().next();
		}
		return (text != null) ? text.name() : "";
	}

}
