package org.migrantportal.accounts;

import java.util.Set;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

/**
 * What an admin gives to create an account.
 *
 * @param translationLocales for translators, the languages they translate into
 */
public record NewAccount(String email, String displayName, String password, StaffRole role, CountryScope countryScope,
		Long organizationId, Set<String> translationLocales) {
}
