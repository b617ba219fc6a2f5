package org.migrantportal.callback;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * A request as the queue lists it: no name, contact or topic, which only its detail
 * shows.
 */
public record CallBackSummary(long id, CallBackState state, CountryScope country, String language, Instant createdAt,
		Instant deleteAfter) {

}
