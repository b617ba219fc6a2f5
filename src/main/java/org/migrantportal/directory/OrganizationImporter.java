package org.migrantportal.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.migrantportal.i18n.KnownLanguages;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.shared.InitialContentFiles;
import org.migrantportal.shared.InitialImports;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the organizations the sources name ({@code content/organizations/<key>.yml}) at
 * start, adding only what the database lacks.
 */
@Component
@Order(5)
class OrganizationImporter extends InitialRecordImporter {

	private final OrganizationRepository organizations;

	private final OrganizationTranslationRepository translations;

	private final Clock clock;

	OrganizationImporter(OrganizationRepository organizations, OrganizationTranslationRepository translations,
			TransactionTemplate transactions, Clock clock, InitialImports imports) {
		super("organizations", transactions, imports);
		this.organizations = organizations;
		this.translations = translations;
		this.clock = clock;
	}

	@Override
	int importRecord(InitialContentFiles.Record record) {
		Instant now = this.clock.instant();
		FrontMatterDocument data = record.attributes();
		Organization organization = this.organizations.findByContentKey(record.key())
			.orElseGet(() -> this.organizations
				.save(new Organization(record.key(), OrganizationKind.valueOf(data.requiredString("kind")),
						CountryScope.parse(data.requiredString("country"))
							.orElseThrow(() -> new IllegalStateException(record.key() + " has an unknown country")),
						data.integer("position", 0), now)));
		if (organization.getWebsite() == null && organization.getEmail() == null
				&& (data.string("website") != null || data.string("email") != null)) {
			organization.setContact(data.string("website"), data.string("email"), now);
		}
		Map<String, FrontMatterDocument> missing = record.missing(
				(locale) -> this.translations.existsByOrganizationIdAndLocale(organization.getId(), locale),
				(locale) -> KnownLanguages.find(locale).isPresent());
		for (Map.Entry<String, FrontMatterDocument> entry : missing.entrySet()) {
			String locale = entry.getKey();
			FrontMatterDocument text = entry.getValue();
			this.translations.save(new OrganizationTranslation(organization.getId(), locale, record.key(),
					text.requiredString("name"), text.string("description"), text.flag("awaiting-native-review"),
					text.string("translated-from"), now));
		}
		// descriptions came after names: an existing translation without one gets it
		record.translations()
			.forEach((locale, text) -> this.translations.findByOrganizationIdAndLocale(organization.getId(), locale)
				.ifPresent((existing) -> existing.describeIfBlank(text.string("description"), now)));
		return missing.size();
	}

}
