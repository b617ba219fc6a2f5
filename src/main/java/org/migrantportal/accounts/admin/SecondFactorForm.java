package org.migrantportal.accounts.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code of the authenticator app (or a recovery code) and, to disable the second factor
 * or get new recovery codes, the password.
 */
record SecondFactorForm(@Size(max = 1024) String password, @NotBlank @Size(max = 64) String code) {

	static SecondFactorForm empty() {
		return new SecondFactorForm("", "");
	}

}
