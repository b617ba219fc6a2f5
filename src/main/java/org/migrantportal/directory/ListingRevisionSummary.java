package org.migrantportal.directory;

import java.time.Instant;

/** One saved revision of a listing, as the revisions list shows it. */
public record ListingRevisionSummary(Long id, int number, String authorEmail, String note, Instant createdAt,
		boolean working, boolean published) {
}
