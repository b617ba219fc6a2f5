package org.migrantportal.accounts;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

/** What an admin gives to create an account. */
public record NewAccount(String email, String displayName, String password, StaffRole role, CountryScope countryScope,
		Long organizationId) {
}
