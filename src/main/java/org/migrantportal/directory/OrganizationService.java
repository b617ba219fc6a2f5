package org.migrantportal.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads organizations: the choices for an account, and what kind a given one is. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

	private final SiteLocales siteLocales;

	private final OrganizationRepository organizations;

	private final OrganizationTranslationRepository translations;

	OrganizationService(SiteLocales siteLocales, OrganizationRepository organizations,
			OrganizationTranslationRepository translations) {
		this.siteLocales = siteLocales;
		this.organizations = organizations;
		this.translations = translations;
	}

	public List<OrganizationSummary> listOrganizations(SiteLocale locale) {
		List<Organization> all = this.organizations.findByDeletedAtIsNullOrderByPositionAscIdAsc();
		Map<Long, List<OrganizationTranslation>> names = this.translations
			.findByOrganizationIdIn(all.stream().map(Organization::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(OrganizationTranslation::getOrganizationId));
		return all.stream()
			.map((organization) -> summary(organization,
					this.siteLocales
						.pickBest(locale, names.getOrDefault(organization.getId(), List.of()),
								OrganizationTranslation::getLocale)
						.map(OrganizationTranslation::getName)
						.orElse("#" + organization.getId())))
			.toList();
	}

	public Optional<OrganizationSummary> findOrganization(Long id, SiteLocale locale) {
		if (id == null) {
			return Optional.empty();
		}
		return listOrganizations(locale).stream().filter((organization) -> organization.id().equals(id)).findFirst();
	}

	private static OrganizationSummary summary(Organization organization, String name) {
		return new OrganizationSummary(organization.getId(), name, organization.getKind(),
				organization.getCountryScope());
	}

}
