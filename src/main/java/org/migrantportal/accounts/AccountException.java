package org.migrantportal.accounts;

/**
 * A request about an account that cannot be carried out; {@link #messageKey()} says why
 * in the user's language.
 */
public class AccountException extends RuntimeException {

	private final String messageKey;

	private final String field;

	private AccountException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public static AccountException emailTaken() {
		return new AccountException("email", "accounts.error.email-taken");
	}

	public static AccountException weakPassword(String reason) {
		return new AccountException("password", reason);
	}

	public static AccountException wrongCurrentPassword() {
		return new AccountException("currentPassword", "accounts.error.wrong-current-password");
	}

	public static AccountException unknownOrganization() {
		return new AccountException("organizationId", "accounts.error.unknown-organization");
	}

	public static AccountException cannotDisableYourself() {
		return new AccountException(null, "accounts.error.cannot-disable-yourself");
	}

	public static AccountException secondFactor(String messageKey) {
		return new AccountException("code", messageKey);
	}

	public static AccountException resetLinkInvalid() {
		return new AccountException(null, "accounts.reset.error.link-invalid");
	}

	public static AccountException staleVersion() {
		return new AccountException(null, "accounts.error.stale-version");
	}

	/** The form field the problem belongs to, or null for the whole form. */
	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
