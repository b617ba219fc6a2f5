package org.migrantportal.audit;

import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.editorial.FourEyesChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entry of every editorial change, whatever the kind (pages, topics,
 * news, listings, and kinds to come), and of the four-eyes setting.
 */
@Component
class EditorialAuditListener {

	private final AuditService audit;

	EditorialAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(EditorialEvent event) {
		String summary = ((event.locale() != null) ? "[" + event.locale() + "] " : "") + event.title()
				+ ((event.reason() != null) ? " — " + event.reason() : "");
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), event.auditAction(), event.kind().key(),
				event.subjectId(), summary);
	}

	@ApplicationModuleListener
	void on(FourEyesChanged event) {
		this.audit.record(event.at(), event.actorId(), event.actorEmail(),
				"COUNTRY_SETTING_FOUR_EYES_" + event.required(), "COUNTRY_SETTING", null, event.country().name());
	}

}
