package org.migrantportal.directory;

import java.time.Instant;

/** One revision of a help contact in its history. */
public record HelpContactRevisionSummary(Long id, int number, String authorEmail, String note, Instant createdAt,
		boolean working, boolean published) {

}
