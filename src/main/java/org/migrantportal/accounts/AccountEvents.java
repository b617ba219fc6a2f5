package org.migrantportal.accounts;

import java.time.Instant;

/** What happens to accounts, for the audit trail and whoever else listens. */
public final class AccountEvents {

	private AccountEvents() {
	}

	/** Someone logged in. */
	public record LoginSucceeded(Long accountId, String email, Instant at) {
	}

	/** A login failed; {@code accountId} is null when no account has that e-mail. */
	public record LoginFailed(String attemptedEmail, Long accountId, Instant at) {
	}

	/**
	 * The second step of a login: {@code outcome} is SUCCEEDED (a code of the app),
	 * RECOVERY_CODE_USED or FAILED.
	 */
	public record SecondFactorChecked(Long accountId, String email, String outcome, Instant at) {
	}

	/**
	 * An account was created, changed, disabled, enabled, or its password changed.
	 *
	 * @param change what happened: CREATED, UPDATED, DISABLED, ENABLED, PASSWORD_CHANGED,
	 * PASSWORD_RESET, PASSWORD_RESET_REQUESTED, MFA_ENROLLED, MFA_DISABLED,
	 * RECOVERY_CODES_REGENERATED
	 */
	public record AccountChanged(Long accountId, String email, String change, String summary, Long actorId,
			String actorEmail, Instant at) {
	}

}
