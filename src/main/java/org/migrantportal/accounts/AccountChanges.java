package org.migrantportal.accounts;

import java.util.Set;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

/** What an admin changes on an account, against the version they loaded. */
public record AccountChanges(String displayName, StaffRole role, CountryScope countryScope, Long organizationId,
		Set<String> translationLocales, long version) {
}
