package org.migrantportal.accounts.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password set through an e-mailed link: the link's token and the password twice.
 */
record PasswordResetForm(@Size(max = 100) String token, @NotBlank @Size(max = 1024) String newPassword,
		@NotBlank @Size(max = 1024) String repeatPassword) {

	static PasswordResetForm of(String token) {
		return new PasswordResetForm(token, "", "");
	}

	boolean repeated() {
		return this.newPassword != null && this.newPassword.equals(this.repeatPassword);
	}

}
