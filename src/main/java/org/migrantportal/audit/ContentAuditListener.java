package org.migrantportal.audit;

import org.migrantportal.content.ContentChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the audit entries of every change to topics, pages and their workflow. */
@Component
class ContentAuditListener {

	private final AuditService audit;

	ContentAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(ContentChanged event) {
		String summary = ((event.locale() != null) ? "[" + event.locale() + "] " : "") + event.summary();
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), event.subjectType() + "_" + event.action(),
				event.subjectType(), event.subjectId(), summary);
	}

}
