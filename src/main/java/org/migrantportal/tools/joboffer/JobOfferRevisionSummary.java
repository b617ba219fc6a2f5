package org.migrantportal.tools.joboffer;

import java.time.Instant;

/** One saved state of a job-offer check translation, as its history lists it. */
public record JobOfferRevisionSummary(Long id, int number, String authorEmail, String note, Instant createdAt,
		boolean working, boolean published) {

}
