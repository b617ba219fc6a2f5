package org.migrantportal.directory;

import org.migrantportal.shared.CountryScope;

/**
 * One language of a published, active service listing as search sees it.
 *
 * @param id the listing's id
 * @param body the description, who it is for, costs, and the places it is offered
 */
public record ListingSearchEntry(Long id, String locale, CountryScope country, String title, String summary,
		String body, String path) {
}
