package org.migrantportal.accounts.admin;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.migrantportal.accounts.AccountChanges;
import org.migrantportal.accounts.AccountView;
import org.migrantportal.accounts.NewAccount;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

/** The account form of the admins: create (with a first password) and edit. */
record AccountForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
		@Size(max = 1024) String password, @NotNull StaffRole role, @NotNull CountryScope countryScope,
		Long organizationId, Long version, Set<String> translationLocales) {

	static AccountForm empty() {
		return new AccountForm("", "", "", StaffRole.EDITOR, CountryScope.GEORGIA, null, 0L, Set.of());
	}

	static AccountForm of(AccountView account) {
		return new AccountForm(account.email(), account.displayName(), "", account.role(), account.countryScope(),
				account.organizationId(), account.version(), account.translationLocales());
	}

	NewAccount toNewAccount() {
		return new NewAccount(this.email, this.displayName, this.password, this.role, this.countryScope,
				this.organizationId, this.translationLocales);
	}

	AccountChanges toChanges() {
		return new AccountChanges(this.displayName, this.role, this.countryScope, this.organizationId,
				this.translationLocales, (this.version != null) ? this.version : -1);
	}

}
