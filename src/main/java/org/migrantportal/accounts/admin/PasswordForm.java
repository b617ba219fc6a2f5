package org.migrantportal.accounts.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change of one's own password: the current one, and the new one twice. */
record PasswordForm(@NotBlank @Size(max = 256) String currentPassword, @NotBlank @Size(max = 1024) String newPassword,
		@NotBlank @Size(max = 1024) String repeatPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	boolean repeated() {
		return this.newPassword != null && this.newPassword.equals(this.repeatPassword);
	}

}
