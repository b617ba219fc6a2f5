package org.migrantportal.directory;

import java.time.Instant;

/**
 * Something happened to a service listing or its organization: created, saved, submitted,
 * published, unpublished, verified, moved to the trash, restored, purged, imported.
 *
 * @param subjectType {@code SERVICE} or {@code ORGANIZATION}
 * @param actorId the staff member's account, or null for the system (initial data)
 */
public record ServiceListingChanged(String subjectType, Long subjectId, String action, String summary, Long actorId,
		String actorEmail, Instant at) {
}
