package org.migrantportal.audit;

import org.migrantportal.accounts.AccountEvents;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes the audit entries of logins and account changes. */
@Component
class AccountAuditListener {

	private static final String ACCOUNT = "ACCOUNT";

	private final AuditService audit;

	AccountAuditListener(AuditService audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AccountEvents.LoginSucceeded event) {
		this.audit.record(event.at(), event.accountId(), event.email(), "LOGIN_SUCCEEDED", ACCOUNT, event.accountId(),
				"");
	}

	@ApplicationModuleListener
	void on(AccountEvents.LoginFailed event) {
		this.audit.record(event.at(), event.accountId(), event.attemptedEmail(), "LOGIN_FAILED", ACCOUNT,
				event.accountId(), "");
	}

	@ApplicationModuleListener
	void on(AccountEvents.SecondFactorChecked event) {
		this.audit.record(event.at(), event.accountId(), event.email(), "LOGIN_SECOND_FACTOR_" + event.outcome(),
				ACCOUNT, event.accountId(), "");
	}

	@ApplicationModuleListener
	void on(AccountEvents.AccountChanged event) {
		this.audit.record(event.at(), event.actorId(), event.actorEmail(), "ACCOUNT_" + event.change(), ACCOUNT,
				event.accountId(), event.email() + " " + event.summary());
	}

}
