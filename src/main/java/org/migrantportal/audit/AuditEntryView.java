package org.migrantportal.audit;

import java.time.Instant;

/** An audit entry as admins read it. */
public record AuditEntryView(Long id, Instant occurredAt, Long actorId, String actorEmail, String action,
		String subjectType, Long subjectId, String summary) {
}
