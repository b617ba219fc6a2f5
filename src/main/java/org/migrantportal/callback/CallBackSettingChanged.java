package org.migrantportal.callback;

import java.time.Instant;

/**
 * An admin changed whether an organization takes call-back requests, or how long it keeps
 * them.
 */
public record CallBackSettingChanged(Long organizationId, boolean acceptsRequests, int retentionDays, Long actorId,
		String actorEmail, Instant at) {

}
