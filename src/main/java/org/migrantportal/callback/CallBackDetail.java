package org.migrantportal.callback;

import java.time.Instant;
import java.util.List;

import org.migrantportal.shared.CountryScope;

/**
 * One request, opened for staff of the organization it was sent to.
 *
 * @param name the name typed, or null when it cannot be decrypted (the key was changed);
 * so are contact and topic
 * @param nextStates the states staff may move it to from here
 */
public record CallBackDetail(long id, String name, String contact, String topic, CountryScope country, String language,
		CallBackState state, Instant createdAt, Instant deleteAfter, Instant handledAt,
		List<CallBackState> nextStates) {

	/** Whether what the visitor typed could be decrypted with the present key. */
	public boolean readable() {
		return this.name != null && this.contact != null && this.topic != null;
	}

}
