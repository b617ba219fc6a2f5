package org.migrantportal.content;

import java.time.Instant;

/**
 * Something happened to a topic or page: created, saved, submitted, published,
 * unpublished, scheduled, moved to the trash, restored, purged, a revision restored.
 */
public record ContentChanged(String subjectType, Long subjectId, String locale, String action, String summary,
		Long actorId, String actorEmail, Instant at) {
}
