package org.migrantportal.content;

import java.time.Instant;

/** One saved state of a translation in its history. */
public record RevisionSummary(Long id, int number, Instant savedAt, String savedBy, String note, boolean minorChange,
		boolean published) {
}
