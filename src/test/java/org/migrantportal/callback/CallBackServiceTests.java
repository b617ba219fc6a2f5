package org.migrantportal.callback;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Storing call-back requests: only to organizations that take them and work in the
 * visitor's country, only encrypted, and read back only by that organization's staff.
 */
@PortalWebTest
class CallBackServiceTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private CallBackService service;

	@Autowired
	private CallBackQueue queue;

	@Autowired
	private CallBackSettings settings;

	@Autowired
	private SiteLocales siteLocales;

	@Autowired
	private JdbcTemplate jdbc;

	private CallBackFixtures fixtures;

	private SiteLocale georgian;

	@BeforeEach
	void fixtures() {
		this.fixtures = new CallBackFixtures(this.context);
		this.fixtures.clear();
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 30);
		this.georgian = this.siteLocales.get("ka");
	}

	@AfterEach
	void clear() {
		this.fixtures.clear();
	}

	@Test
	void theDatabaseRowHoldsNeitherPhoneNorNameNorTopicInClear() {
		long id = this.fixtures.send(CallBackFixtures.GEORGIAN_NGO);
		Map<String, Object> row = this.jdbc.queryForMap("select * from callback_request where id = ?", id);
		String everything = row.values().toString();
		assertThat(everything).doesNotContain(CallBackFixtures.PHONE)
			.doesNotContain("555 00 77")
			.doesNotContain("5550077")
			.doesNotContain(CallBackFixtures.NAME)
			.doesNotContain(CallBackFixtures.TOPIC);
		assertThat((String) row.get("contact_cipher")).startsWith("v1:");

		CallBackDetail detail = this.queue.get(staffOf(CallBackFixtures.GEORGIAN_NGO), id);
		assertThat(detail.contact()).isEqualTo(CallBackFixtures.PHONE);
		assertThat(detail.name()).isEqualTo(CallBackFixtures.NAME);
		assertThat(detail.topic()).isEqualTo(CallBackFixtures.TOPIC);
	}

	@Test
	void aRequestIsDeletedAfterTheRetentionTheVisitorWasTold() {
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 12);
		CallBackReceipt receipt = this.service.submit(submission(CallBackFixtures.GEORGIAN_NGO, "GEORGIA"),
				this.georgian);
		assertThat(receipt.retentionDays()).isEqualTo(12);
		assertThat(receipt.organizationName()).contains("კარიტასი");
		assertThat(this.jdbc.queryForObject("select extract(day from delete_after - created_at) from callback_request",
				Integer.class))
			.isEqualTo(12);
	}

	@Test
	void anOrganizationThatTakesNoRequestsIsRefusedAndNothingIsStored() {
		for (String organization : new String[] { CallBackFixtures.NOT_TAKING, "999999999", "caritas" }) {
			String id = organization.equals(CallBackFixtures.NOT_TAKING)
					? this.fixtures.organizationId(organization).toString() : organization;
			assertThatExceptionOfType(CallBackRefusedException.class)
				.isThrownBy(() -> this.service.submit(
						new CallBackSubmission("Ana", "+995 555 000 000", "ka", "GEORGIA", "visa", id), this.georgian))
				.satisfies((ex) -> assertThat(ex.problems()).containsOnlyKeys("organizationId"));
		}
		assertThat(this.fixtures.count()).isZero();
	}

	@Test
	void anOrganizationOfTheOtherCountryIsRefused() {
		assertThat(this.service.problems(submission(CallBackFixtures.GEORGIAN_NGO, "ARMENIA"), this.georgian))
			.containsExactly(Map.entry("organizationId", "callback.error.organization-country"));
	}

	@Test
	void eachWrongFieldIsNamed() {
		CallBackSubmission wrong = new CallBackSubmission(" ", "call me maybe!", "xx", "BOTH", "x".repeat(301),
				this.fixtures.organizationId(CallBackFixtures.GEORGIAN_NGO).toString());
		assertThat(this.service.problems(wrong, this.georgian)).containsOnlyKeys("name", "contact", "language",
				"country", "topic");
		assertThat(this.service.problems(new CallBackSubmission("Ana", "@ana_tbilisi", "hy", "GEORGIA", "visa",
				this.fixtures.organizationId(CallBackFixtures.GEORGIAN_NGO).toString()), this.georgian))
			.as("a messenger handle is a way to reach someone")
			.isEmpty();
	}

	@Test
	void onlyAdminsChangeWhichOrganizationsTakeRequests() {
		Long tanadgoma = this.fixtures.organizationId(CallBackFixtures.NOT_TAKING);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.settings.change(staffOf(CallBackFixtures.NOT_TAKING), tanadgoma, true, 30, this.georgian));
		Actor admin = new Actor(1L, "admin@test.example", StaffRole.ADMIN, CountryScope.BOTH, null, false);
		assertThatExceptionOfType(CallBackRefusedException.class)
			.isThrownBy(() -> this.settings.change(admin, tanadgoma, true, 0, this.georgian));
		assertThatExceptionOfType(CallBackNotFoundException.class)
			.isThrownBy(() -> this.settings.change(admin, 999_999_999L, true, 30, this.georgian));
		this.settings.change(admin, tanadgoma, true, 14, this.georgian);
		assertThat(this.service.listAcceptingOrganizations(this.georgian))
			.extracting(CallBackOrganization::id, CallBackOrganization::retentionDays)
			.contains(org.assertj.core.groups.Tuple.tuple(tanadgoma, 14));
	}

	private CallBackSubmission submission(String organizationKey, String country) {
		return new CallBackSubmission(CallBackFixtures.NAME, CallBackFixtures.PHONE, "ka", country,
				CallBackFixtures.TOPIC, this.fixtures.organizationId(organizationKey).toString());
	}

	private Actor staffOf(String organizationKey) {
		return new Actor(2L, "staff@test.example", StaffRole.EDITOR, CountryScope.GEORGIA,
				this.fixtures.organizationId(organizationKey), true);
	}

}
