package org.migrantportal.audit;

import org.migrantportal.callback.CallBackHandled;
import org.migrantportal.callback.CallBackSettingChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit entries of call-back requests: which request was moved to which state
 * by whom, and admins' changes of an organization's setting. Never what a visitor typed:
 * the events do not carry it.
 */
@Component
class CallBackAuditListener {

	static final String CALL_BACK = "CALL_BACK";

	static final String CALL_BACK_SETTING = "CALL_BACK_SETTING";

	private final AuditService audit;

	CallBackAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(CallBackHandled event) {
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), CALL_BACK + "_" + event.to().name(),
				CALL_BACK, event.requestId(),
				"organization " + event.organizationId() + ": " + event.from().name() + " -> " + event.to().name());
	}

	@ApplicationModuleListener
	void on(CallBackSettingChanged event) {
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), CALL_BACK_SETTING + "_UPDATED",
				CALL_BACK_SETTING, event.organizationId(),
				"accepts requests: " + event.acceptsRequests() + ", kept " + event.retentionDays() + " days");
	}

}
