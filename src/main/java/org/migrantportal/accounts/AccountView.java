package org.migrantportal.accounts;

import java.time.Instant;
import java.util.Set;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

/** An account as the back-office lists and edits it (never its password hash). */
public record AccountView(Long id, String email, String displayName, StaffRole role, CountryScope countryScope,
		Long organizationId, boolean enabled, Instant lastLoginAt, long version, Set<String> translationLocales) {

	static AccountView of(Account account) {
		return new AccountView(account.getId(), account.getEmail(), account.getDisplayName(), account.getRole(),
				account.getCountryScope(), account.getOrganizationId(), account.isEnabled(), account.getLastLoginAt(),
				account.getVersion(), account.getTranslationLocales());
	}

}
