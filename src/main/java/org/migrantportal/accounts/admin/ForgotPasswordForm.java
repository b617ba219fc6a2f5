package org.migrantportal.accounts.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Forgot your password?": the e-mail address of the account. */
record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {

	static ForgotPasswordForm empty() {
		return new ForgotPasswordForm("");
	}

}
