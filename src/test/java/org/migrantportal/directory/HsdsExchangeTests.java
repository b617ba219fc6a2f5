package org.migrantportal.directory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * HSDS export and import on the real database: the round trip gives the same file byte
 * for byte, an edited file publishes a new revision, and every bad file is refused whole
 * with the place of each problem, changing nothing.
 */
@PortalWebTest
class HsdsExchangeTests {

	private static final Actor ADMIN = new Actor(-7L, "hsds-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH,
			null, false);

	private static final List<String> TABLES = List.of("service_listing", "service_listing_revision",
			"service_listing_translation", "service_listing_category", "service_listing_language", "service_location",
			"service_location_translation", "service_phone", "service_phone_translation", "service_opening_hours",
			"service_listing_slug_alias");

	@Autowired
	private ApplicationContext context;

	@Autowired
	private HsdsExchange exchange;

	@Autowired
	private JdbcClient jdbc;

	private ListingFixtures fixtures;

	private ServiceListingDocument everyField;

	private final List<UUID> created = new ArrayList<>();

	@BeforeEach
	void everyFieldListing() {
		this.fixtures = new ListingFixtures(this.context);
		this.everyField = HsdsFixtures.everyField(this.fixtures.organizationId("iom-georgia"),
				ListingFixturesSuffix.next());
		Long id = this.fixtures.published(this.everyField);
		this.created.add(this.everyField.hsdsId());
		this.jdbc
			.sql("update service_listing set last_verified_on = date '2026-11-30', "
					+ "last_verified_by = 'verifier@iom.example' where id = ?")
			.param(id)
			.update();
	}

	@AfterEach
	void remove() {
		this.created.forEach((hsdsId) -> idOf(hsdsId).ifPresent(this.fixtures::remove));
	}

	@Test
	void exportImportExportGivesTheSameFileByteForByte() {
		String first = this.exchange.export(ADMIN);
		assertThat(first).contains(this.everyField.hsdsId().toString())
			.contains("თავშესაფარი ტრეფიკინგის მსხვერპლთათვის")
			.contains("Ապաստարան թրաֆիքինգի զոհերի համար")
			.contains("\"assured_date\" : \"2026-11-30\"")
			.contains("\"assurer_email\" : \"verifier@iom.example\"")
			.contains("\"status\" : \"temporarily closed\"");
		HsdsImportResult again = this.exchange.importFile(ADMIN, bytes(first));
		assertThat(again.created()).isZero();
		assertThat(again.updated()).as("nothing changed, so nothing is saved again").isZero();
		assertThat(this.exchange.export(ADMIN)).isEqualTo(first);
	}

	@Test
	void aListingMissingFromTheDatabaseIsCreatedFromTheFileWithEveryField() {
		String first = this.exchange.export(ADMIN);
		this.fixtures.remove(idOf(this.everyField.hsdsId()).orElseThrow());
		assertThat(this.exchange.export(ADMIN)).doesNotContain(this.everyField.hsdsId().toString());
		HsdsImportResult result = this.exchange.importFile(ADMIN, bytes(first));
		assertThat(result.created()).isEqualTo(1);
		assertThat(result.updated()).isZero();
		Long id = idOf(this.everyField.hsdsId()).orElseThrow();
		assertThat(this.fixtures.readPublished(id)).isEqualTo(this.everyField);
		assertThat(this.exchange.export(ADMIN)).isEqualTo(first);
	}

	@Test
	void anEditedListingGetsANewPublishedRevisionRecordedForTheAudit() {
		Long id = idOf(this.everyField.hsdsId()).orElseThrow();
		String edited = this.exchange.export(ADMIN)
			.replace("\"Shelter for victims of trafficking\"", "\"Safe shelter for victims of trafficking\"");
		HsdsImportResult result = this.exchange.importFile(ADMIN, bytes(edited));
		assertThat(result.updated()).isEqualTo(1);
		assertThat(this.fixtures.readPublished(id).texts().get("en").name())
			.isEqualTo("Safe shelter for victims of trafficking");
		assertThat(count("select count(*) from service_listing_revision where service_id = " + id)).isEqualTo(2);
		assertThat(this.exchange.export(ADMIN)).isEqualTo(edited);
		assertThat(awaitAudit(id)).as("audit entries of the import").isPositive();
	}

	@Test
	void everyBadFileIsRefusedWholeWithWhereEachProblemIsAndChangesNothing() {
		String good = this.exchange.export(ADMIN);
		Map<String, Integer> before = counts();
		assertRejected("", "", "hsds.error.empty");
		assertRejected("{ \"not\": \"closed\"", "", "hsds.error.malformed");
		assertRejected("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "",
				"hsds.error.malformed");
		assertRejected("[] []", "", "hsds.error.malformed");
		assertRejected("{\"id\": \"x\"}", "", "hsds.error.not-a-list");
		assertRejected("[{\"id\": \"" + UUID.randomUUID() + "\", \"services\": []}]", "organizations[0].id",
				"hsds.error.organization-unknown");
		assertRejected(good.replace("\"+995 32 000 00 01\"", "5"), ".phones[0].number", "hsds.error.type-string");
		assertRejected(good.replace("\"+995 32 000 00 01\"", "\"call us\""), ".phones[0].number",
				"directory.error.phone-invalid");
		assertRejected(good.replace("\"code\" : \"shelter\"", "\"code\" : \"astrology\""), ".taxonomy_term.code",
				"directory.error.category-unknown");
		assertRejected(good.replace("\"shelter@example.org\"", "\"not an e-mail\""), ".email",
				"directory.error.email-invalid");
		assertRejected(good.replaceFirst(
				"\"hy\"(\\s*:\\s*\\{\\s*\"awaiting_native_review\"\\s*:\\s*true,\\s*\"description\"\\s*:\\s*\"Անվտանգ)",
				"\"fr\"$1"), ".x-translations.fr", "directory.error.locale-unknown");
		assertRejected(good.replace("\"temporarily closed\"", "\"maybe\""), ".status", "hsds.error.status-unknown");
		assertRejected(good.replace("\"free_of_charge\" : true", "\"free_of_charge\" : \"yes\""),
				".x-portal.free_of_charge", "hsds.error.type-boolean");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void aServiceListedTwiceIsRefused() {
		String good = this.exchange.export(ADMIN);
		String doubled = "[" + good.strip().substring(1, good.strip().length() - 1) + "," + good.strip().substring(1);
		Map<String, Integer> before = counts();
		assertThatExceptionOfType(HsdsImportException.class)
			.isThrownBy(() -> this.exchange.importFile(ADMIN, bytes(doubled)))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(HsdsProblem::messageKey)
				.contains("hsds.error.duplicate-id"));
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void onlyAdminsExportAndImport() {
		Actor reviewer = new Actor(-8L, "reviewer@test.example", StaffRole.REVIEWER, CountryScope.BOTH, null, false);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.exchange.export(reviewer));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.exchange.importFile(reviewer, bytes("[]")));
	}

	private void assertRejected(String file, String pathEnd, String messageKey) {
		assertThatExceptionOfType(HsdsImportException.class)
			.isThrownBy(() -> this.exchange.importFile(ADMIN, bytes(file)))
			.as(messageKey)
			.satisfies((ex) -> assertThat(ex.problems()).anySatisfy((problem) -> {
				assertThat(problem.messageKey()).isEqualTo(messageKey);
				assertThat(problem.path()).endsWith(pathEnd);
			}));
	}

	private Map<String, Integer> counts() {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		for (String table : TABLES) {
			counts.put(table, count("select count(*) from " + table));
		}
		return counts;
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private long awaitAudit(Long id) {
		long found = 0;
		for (int i = 0; i < 50 && found == 0; i++) {
			found = this.jdbc
				.sql("select count(*) from audit_entry where subject_type = 'SERVICE' and subject_id = ? "
						+ "and actor_email = ? and action = 'SERVICE_PUBLISHED'")
				.params(id, ADMIN.email())
				.query(Long.class)
				.single();
			if (found == 0) {
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		return found;
	}

	private java.util.Optional<Long> idOf(UUID hsdsId) {
		return this.jdbc.sql("select id from service_listing where hsds_id = ?")
			.param(hsdsId)
			.query(Long.class)
			.optional();
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
