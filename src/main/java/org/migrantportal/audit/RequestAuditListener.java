package org.migrantportal.audit;

import org.migrantportal.ratelimit.RequestRefused;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entries of refused requests (throttled, forbidden, CSRF failures) with
 * the client's network and the path, never the whole address.
 */
@Component
class RequestAuditListener {

	static final String REQUEST = "REQUEST";

	private final AuditService audit;

	RequestAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(RequestRefused event) {
		this.audit.record(event.at(), null, event.accountEmail(), REQUEST + "_" + event.kind().name(), REQUEST, null,
				event.network() + " " + event.path());
	}

}
