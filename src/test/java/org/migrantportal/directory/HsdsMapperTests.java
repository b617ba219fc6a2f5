package org.migrantportal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mapping a listing document to HSDS 3.0 and back, without a database: source language in
 * the standard fields, every locale in {@code x-translations}, portal facts in
 * {@code x-portal}, and problems named by their path.
 */
class HsdsMapperTests {

	private static final UUID ORGANIZATION = UUID.fromString("6f3c3a39-3c1e-4a43-9c2a-2f9d8a8c1b01");

	private static final Set<String> CODES = Set.of("shelter", "counter-trafficking", "psycho-social", "legal-aid");

	private final ServiceListingDocument document = HsdsFixtures.everyField(11L, "unit");

	@Test
	void standardFieldsCarryTheSourceLanguageAndEveryLocaleGoesToTheTranslationsExtension() {
		JsonNode service = tree(export(new HsdsMapper.Verified(LocalDate.of(2026, 11, 30), "verifier@iom.example")));
		assertThat(service.get("id").stringValue()).isEqualTo(this.document.hsdsId().toString());
		assertThat(service.get("organization_id").stringValue()).isEqualTo(ORGANIZATION.toString());
		assertThat(service.get("name").stringValue()).isEqualTo("თავშესაფარი ტრეფიკინგის მსხვერპლთათვის");
		assertThat(service.get("status").stringValue()).isEqualTo("temporarily closed");
		assertThat(service.get("assured_date").stringValue()).isEqualTo("2026-11-30");
		assertThat(service.get("assurer_email").stringValue()).isEqualTo("verifier@iom.example");
		assertThat(service.get("x-translations").propertyNames()).containsExactly("en", "hy", "ka");
		assertThat(service.at("/x-translations/hy/name").stringValue()).isEqualTo("Ապաստարան թրաֆիքինգի զոհերի համար");
		assertThat(service.at("/x-portal/free_of_charge").booleanValue()).isTrue();
		assertThat(service.at("/x-portal/time_zone").stringValue()).isEqualTo("Asia/Tbilisi");
		assertThat(service.at("/phones/0/x-portal/sample").booleanValue()).isTrue();
		assertThat(service.at("/phones/0/x-portal/around_the_clock").booleanValue()).isTrue();
		assertThat(service.at("/phones/0/description").stringValue()).isEqualTo("ცხელი ხაზი");
		JsonNode location = service.at("/service_at_locations/0/location");
		assertThat(location.at("/addresses/0/country").stringValue()).isEqualTo("GE");
		assertThat(location.at("/addresses/0/city").stringValue()).isEqualTo("ბათუმი");
		assertThat(location.at("/x-translations/en/address").stringValue()).isEqualTo("2 Sample Street");
		assertThat(location.at("/x-portal/sample").booleanValue()).isTrue();
		assertThat(service.at("/schedules/1/byday").stringValue()).isEqualTo("FR");
		assertThat(service.at("/schedules/1/opens_at").stringValue()).isEqualTo("22:00");
		assertThat(service.at("/schedules/1/closes_at").stringValue()).isEqualTo("02:00");
		assertThat(service.at("/attributes/0/taxonomy_term/code").stringValue()).isEqualTo("counter-trafficking");
	}

	@Test
	void readingAnExportedServiceGivesBackTheSameDocumentAndVerification() {
		HsdsMapper.Verified verified = new HsdsMapper.Verified(LocalDate.of(2026, 11, 30), "IOM Georgia staff");
		List<HsdsProblem> problems = new ArrayList<>();
		HsdsMapper.ImportedService read = HsdsMapper.readService(tree(export(verified)), "s", ORGANIZATION, 11L, "ka",
				CODES, problems);
		assertThat(problems).isEmpty();
		assertThat(read.document()).isEqualTo(this.document);
		assertThat(read.verified()).as("a verifier that is not an e-mail goes to x-portal").isEqualTo(verified);
	}

	@Test
	void wrongTypesAndValuesAreReportedWithTheirPlaceInTheFile() {
		String json = export(null).replace("\"+995 32 000 00 01\"", "5")
			.replace("\"temporarily closed\"", "\"closed forever\"")
			.replace("\"code\" : \"shelter\"", "\"code\" : \"astrology\"")
			.replace("\"byday\" : \"MO\"", "\"byday\" : \"MO,TU\"");
		List<HsdsProblem> problems = new ArrayList<>();
		assertThat(HsdsMapper.readService(tree(json), "organizations[2].services[3]", ORGANIZATION, 11L, "ka", CODES,
				problems))
			.isNull();
		assertThat(problems).contains(
				new HsdsProblem("organizations[2].services[3].phones[0].number", "hsds.error.type-string"),
				new HsdsProblem("organizations[2].services[3].status", "hsds.error.status-unknown"),
				new HsdsProblem("organizations[2].services[3].schedules[0].byday", "hsds.error.schedule-weekly"));
		assertThat(problems).extracting(HsdsProblem::messageKey).contains("directory.error.category-unknown");
	}

	@Test
	void aServiceFromAnotherSystemWithoutExtensionsTakesItsStandardFieldsAsTheDefaultLanguage() {
		String json = "{\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"Legal aid\", \"status\": \"active\", "
				+ "\"description\": \"Free advice\", \"x-portal\": {\"country_scope\": \"GEORGIA\", "
				+ "\"time_zone\": \"Asia/Tbilisi\"}}";
		List<HsdsProblem> problems = new ArrayList<>();
		HsdsMapper.ImportedService read = HsdsMapper.readService(tree(json), "s", ORGANIZATION, 11L, "en", CODES,
				problems);
		assertThat(problems).isEmpty();
		assertThat(read.document().sourceLocale()).isEqualTo("en");
		assertThat(read.document().texts().get("en").name()).isEqualTo("Legal aid");
		assertThat(read.document().texts().get("en").description()).isEqualTo("Free advice");
	}

	@Test
	void aServiceNamingAnotherOrganizationThanItsOwnIsAProblem() {
		List<HsdsProblem> problems = new ArrayList<>();
		HsdsMapper.readService(tree(export(null)), "s", UUID.randomUUID(), 11L, "ka", CODES, problems);
		assertThat(problems).containsExactly(new HsdsProblem("s.organization_id", "hsds.error.organization-mismatch"));
	}

	@Test
	void listingRuleFieldsAreNamedInTheHsdsShape() {
		assertThat(HsdsMapper.pathOf("texts[ka].name")).isEqualTo("x-translations.ka.name");
		assertThat(HsdsMapper.pathOf("texts[hy].feesDescription")).isEqualTo("x-translations.hy.fees_description");
		assertThat(HsdsMapper.pathOf("phones[0].number")).isEqualTo("phones[0].number");
		assertThat(HsdsMapper.pathOf("phones[1].descriptions[en]"))
			.isEqualTo("phones[1].x-translations.en.description");
		assertThat(HsdsMapper.pathOf("locations[1].countryCode"))
			.isEqualTo("service_at_locations[1].location.addresses[0].country");
		assertThat(HsdsMapper.pathOf("categories")).isEqualTo("attributes");
		assertThat(HsdsMapper.pathOf("timeZone")).isEqualTo("x-portal.time_zone");
		assertThat(HsdsMapper.pathOf("openingHours[2]")).isEqualTo("schedules[2]");
	}

	private String export(HsdsMapper.Verified verified) {
		Map<String, HsdsMapper.Term> terms = Map.of("shelter", term("shelter"), "counter-trafficking",
				term("counter-trafficking"), "psycho-social", term("psycho-social"));
		return HsdsMapper.JSON.writeValueAsString(HsdsMapper.service(this.document, ORGANIZATION, verified, terms));
	}

	private static HsdsMapper.Term term(String code) {
		return new HsdsMapper.Term(UUID.nameUUIDFromBytes(code.getBytes()), code, code, Map.of("en", code));
	}

	private static JsonNode tree(String json) {
		return HsdsMapper.JSON.readTree(json);
	}

}
