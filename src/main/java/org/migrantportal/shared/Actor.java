package org.migrantportal.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * Who asks a service to change something: a staff member with a role, a country scope
 * and, for partner NGOs, the organization whose records alone they may edit. Services
 * check every write against it, so scope rules never depend on what a template shows.
 *
 * @param restrictedToOrganization whether they may touch only their organization's
 * records
 * @param translationLocales for translators, the languages they may translate into
 */
public record Actor(Long accountId, String email, StaffRole role, CountryScope countryScope, Long organizationId,
		boolean restrictedToOrganization, Set<String> translationLocales) implements Serializable {

	public Actor(Long accountId, String email, StaffRole role, CountryScope countryScope, Long organizationId,
			boolean restrictedToOrganization) {
		this(accountId, email, role, countryScope, organizationId, restrictedToOrganization, Set.of());
	}

	public Actor {
		translationLocales = (translationLocales != null) ? Set.copyOf(translationLocales) : Set.of();
	}

	/**
	 * Whether this person may write in a language: everyone from editors up; translators
	 * only in the target languages chosen for them.
	 */
	public boolean canWriteIn(String locale) {
		return this.role.includes(StaffRole.EDITOR) || this.translationLocales.contains(locale);
	}

	public boolean hasRole(StaffRole required) {
		return this.role.includes(required);
	}

	/**
	 * Whether this person may work on a record of the given country, owned by the given
	 * organization. Georgian staff work on Georgian and regional records, Armenian staff
	 * on Armenian and regional ones, regional staff on all; an NGO's staff only on their
	 * own organization's records; admins on everything.
	 */
	public boolean canWorkOn(CountryScope recordCountry, Long recordOrganizationId) {
		if (this.role == StaffRole.ADMIN) {
			return true;
		}
		boolean country = this.countryScope == CountryScope.BOTH || recordCountry == CountryScope.BOTH
				|| recordCountry == this.countryScope;
		boolean organization = !this.restrictedToOrganization
				|| (this.organizationId != null && this.organizationId.equals(recordOrganizationId));
		return country && organization;
	}

}
