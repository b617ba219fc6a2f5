package org.migrantportal.directory;

import java.time.Instant;
import java.time.LocalDate;

import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.CountryScope;

/** One help contact in the back-office list. */
public record HelpContactRow(Long id, String name, HelpContactKind kind, CountryScope country, int position,
		WorkflowState state, boolean published, LocalDate lastVerifiedOn, Instant updatedAt) {

}
