package org.migrantportal.accounts.admin;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * When an admin changes what an account may do (its role, country or organization) or
 * disables it, every session of that account ends at once, so the person works on only
 * after logging in again with what they may do now; a harmless change (the display name)
 * leaves them working. The audit trail records the change as before.
 */
@PortalWebTest
class AccountChangeEndsSessionsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private MockHttpSession admin;

	private String editor;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.admin = BackOffice.logIn(this.mvc, this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null),
				AccountFixtures.PASSWORD);
		this.editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
	}

	@Test
	void changingTheRoleEndsEverySessionOfTheAccount() {
		MockHttpSession laptop = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		MockHttpSession phone = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		assertThat(get("/admin", laptop).getStatus()).isEqualTo(200);
		assertThat(update("Test EDITOR", StaffRole.REVIEWER, CountryScope.GEORGIA, null).getRedirectedUrl())
			.isEqualTo("/admin/accounts/" + this.accounts.idOf(this.editor));
		assertThat(get("/admin", laptop).getRedirectedUrl()).endsWith("/login");
		assertThat(get("/admin", phone).getRedirectedUrl()).endsWith("/login");
		assertThat(get("/admin", this.admin).getStatus()).as("the admin works on").isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'ACCOUNT_UPDATED' and subject_id = ?", Long.class,
					this.accounts.idOf(this.editor)))
				.isEqualTo(1));
	}

	@Test
	void changingTheCountryEndsTheSessions() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		update("Test EDITOR", StaffRole.EDITOR, CountryScope.ARMENIA, null);
		assertThat(get("/admin", session).getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void changingTheOrganizationEndsTheSessions() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		update("Test EDITOR", StaffRole.EDITOR, CountryScope.GEORGIA, this.accounts.organizationId("tanadgoma"));
		assertThat(get("/admin", session).getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void disablingTheAccountEndsItsSessionsAndLeavesNoneStored() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		MockHttpServletResponse disabled = this.mvc.post()
			.uri("/admin/accounts/{id}/enabled", this.accounts.idOf(this.editor))
			.param("enabled", "false")
			.with(csrf())
			.session(this.admin)
			.exchange()
			.getResponse();
		assertThat(disabled.getRedirectedUrl()).isEqualTo("/admin/accounts/" + this.accounts.idOf(this.editor));
		// ended in the shared store, not only refused at this node's next request
		assertThat(storedSessions()).isZero();
		assertThat(get("/admin", session).getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void changingATranslatorsLanguagesKeepsThemAndEndsTheSessions() {
		String translator = this.accounts.create(StaffRole.TRANSLATOR, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, translator, AccountFixtures.PASSWORD);
		long version = this.jdbc.queryForObject("select version from account where email = ?", Long.class, translator);
		MockHttpServletResponse updated = this.mvc.post()
			.uri("/admin/accounts/{id}", this.accounts.idOf(translator))
			.param("email", translator)
			.param("displayName", "Test TRANSLATOR")
			.param("role", StaffRole.TRANSLATOR.name())
			.param("countryScope", CountryScope.BOTH.name())
			.param("organizationId", "")
			.param("translationLocales", "hy", "ka")
			.param("version", Long.toString(version))
			.with(csrf())
			.session(this.admin)
			.exchange()
			.getResponse();
		assertThat(updated.getRedirectedUrl()).isEqualTo("/admin/accounts/" + this.accounts.idOf(translator));
		assertThat(this.jdbc.queryForObject("select translation_locales from account where email = ?", String.class,
				translator))
			.as("the languages ticked on the form")
			.contains("hy")
			.contains("ka")
			.doesNotContain("en");
		assertThat(get("/admin", session).getRedirectedUrl()).as("logs in again with the new languages")
			.endsWith("/login");
	}

	@Test
	void changingOnlyTheDisplayNameLeavesThePersonWorking() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		update("ნინო ბერიძე", StaffRole.EDITOR, CountryScope.GEORGIA, null);
		assertThat(
				this.jdbc.queryForObject("select display_name from account where email = ?", String.class, this.editor))
			.isEqualTo("ნინო ბერიძე");
		assertThat(storedSessions()).isEqualTo(1);
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
	}

	private long storedSessions() {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				this.editor);
	}

	private MockHttpServletResponse update(String displayName, StaffRole role, CountryScope country,
			Long organizationId) {
		long version = this.jdbc.queryForObject("select version from account where email = ?", Long.class, this.editor);
		return this.mvc.post()
			.uri("/admin/accounts/{id}", this.accounts.idOf(this.editor))
			.param("email", this.editor)
			.param("displayName", displayName)
			.param("role", role.name())
			.param("countryScope", country.name())
			.param("organizationId", (organizationId != null) ? organizationId.toString() : "")
			.param("version", Long.toString(version))
			.with(csrf())
			.session(this.admin)
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse();
	}

}
