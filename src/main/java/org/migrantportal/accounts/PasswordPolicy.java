package org.migrantportal.accounts;

import java.util.Optional;

/**
 * What a password must be: a passphrase of at least 12 characters (counted as characters,
 * so a Georgian or Armenian passphrase is not penalised for its bytes), at most 256, and
 * not the e-mail address.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	private PasswordPolicy() {
	}

	/** The message key of what is wrong with the password, if anything. */
	static Optional<String> problem(String password, String email) {
		if (password == null || password.isBlank()) {
			return Optional.of("accounts.error.password-required");
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("accounts.error.password-too-short");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("accounts.error.password-too-long");
		}
		if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
			return Optional.of("accounts.error.password-is-email");
		}
		return Optional.empty();
	}

}
