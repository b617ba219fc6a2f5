package org.migrantportal.audit;

import org.migrantportal.directory.ServiceListingChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the audit entries of every change to service listings and organizations. */
@Component
class DirectoryAuditListener {

	private final AuditService audit;

	DirectoryAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(ServiceListingChanged event) {
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), event.subjectType() + "_" + event.action(),
				event.subjectType(), event.subjectId(), event.summary());
	}

}
