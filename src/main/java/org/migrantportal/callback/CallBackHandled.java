package org.migrantportal.callback;

import java.time.Instant;

/**
 * A staff member moved a call-back request to another state. Carries who and which
 * request, never what the visitor typed.
 */
public record CallBackHandled(long requestId, Long organizationId, CallBackState from, CallBackState to, Long actorId,
		String actorEmail, Instant at) {

}
