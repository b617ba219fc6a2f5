package org.migrantportal.accounts.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalWebTest
class AccountAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void adminCreatesAnNgoEditorAccount() {
		String email = "new-editor-" + System.nanoTime() + "@test.example";
		Long tanadgoma = this.accounts.organizationId("tanadgoma");
		MockHttpServletResponse response = createAccount(email, "ნინო ბერიძე", AccountFixtures.PASSWORD, "EDITOR",
				"GEORGIA", tanadgoma.toString());
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForMap(
				"select display_name, role, country_scope, organization_id, password_hash from account where email = ?",
				email))
			.containsEntry("display_name", "ნინო ბერიძე")
			.containsEntry("role", "EDITOR")
			.containsEntry("country_scope", "GEORGIA")
			.containsEntry("organization_id", tanadgoma)
			.hasEntrySatisfying("password_hash",
					(hash) -> assertThat(hash.toString()).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$"));
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void badAccountInputIsAFormErrorAndCreatesNothing() throws Exception {
		long before = count();
		String existing = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		assertFormError(createAccount(existing, "Dup", AccountFixtures.PASSWORD, "EDITOR", "GEORGIA", ""), "email");
		assertFormError(createAccount("short-" + System.nanoTime() + "@test.example", "Short", "short", "EDITOR",
				"GEORGIA", ""), "password");
		assertFormError(createAccount("tampered-" + System.nanoTime() + "@test.example", "Role",
				AccountFixtures.PASSWORD, "SUPERUSER", "GEORGIA", ""), "role");
		assertFormError(createAccount("country-" + System.nanoTime() + "@test.example", "Country",
				AccountFixtures.PASSWORD, "EDITOR", "FRANCE", ""), "countryScope");
		assertFormError(createAccount("org-" + System.nanoTime() + "@test.example", "Org", AccountFixtures.PASSWORD,
				"EDITOR", "GEORGIA", "999999"), "organizationId");
		assertFormError(createAccount("not-an-email", "Mail", AccountFixtures.PASSWORD, "EDITOR", "GEORGIA", ""),
				"email");
		assertFormError(createAccount("long-" + System.nanoTime() + "@test.example", "ა".repeat(201),
				AccountFixtures.PASSWORD, "EDITOR", "GEORGIA", ""), "displayName");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA)
	void aReviewerCannotManageAccounts() {
		assertThat(this.mvc.get().uri("/admin/accounts").exchange().getResponse().getStatus()).isEqualTo(403);
		long before = count();
		assertThat(createAccount("sneaky-" + System.nanoTime() + "@test.example", "Sneaky", AccountFixtures.PASSWORD,
				"ADMIN", "BOTH", "")
			.getStatus()).isEqualTo(403);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void disablingAnAccountEndsItsOpenSessionAtOnce() {
		String admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.ARMENIA, null);
		MockHttpSession adminSession = logIn(admin, "10.9.0.1");
		MockHttpSession editorSession = logIn(editor, "10.9.0.2");
		assertThat(this.mvc.get().uri("/admin").session(editorSession).exchange().getResponse().getStatus())
			.isEqualTo(200);
		MockHttpServletResponse disabled = this.mvc.post()
			.uri("/admin/accounts/{id}/enabled", this.accounts.idOf(editor))
			.param("enabled", "false")
			.with(csrf())
			.session(adminSession)
			.exchange()
			.getResponse();
		assertThat(disabled.getRedirectedUrl()).isEqualTo("/admin/accounts/" + this.accounts.idOf(editor));
		MockHttpServletResponse next = this.mvc.get().uri("/admin").session(editorSession).exchange().getResponse();
		// the session is gone from the shared store (SESS-05), as when an admin ends it
		assertThat(next.getRedirectedUrl()).endsWith("/login");
		assertThat(this.mvc.get().uri("/admin").session(adminSession).exchange().getResponse().getStatus())
			.as("the admin works on")
			.isEqualTo(200);
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void aStaleAccountFormIsAConflictThatShowsTheStoredVersion() throws Exception {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		Long id = this.accounts.idOf(editor);
		this.jdbc.update("update account set display_name = 'Changed meanwhile', version = version + 1 where id = ?",
				id);
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/accounts/{id}", id)
			.param("email", editor)
			.param("displayName", "My change")
			.param("role", "REVIEWER")
			.param("countryScope", "GEORGIA")
			.param("organizationId", "")
			.param("version", "0")
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("#displayName").attr("value")).isEqualTo("Changed meanwhile");
		assertThat(this.jdbc.queryForObject("select role from account where id = ?", String.class, id))
			.isEqualTo("EDITOR");
	}

	private MockHttpSession logIn(String email, String client) {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", AccountFixtures.PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})
			.session(session)
			.exchange()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
		return session;
	}

	private MockHttpServletResponse createAccount(String email, String name, String password, String role,
			String country, String organization) {
		return this.mvc.post()
			.uri("/admin/accounts")
			.param("email", email)
			.param("displayName", name)
			.param("password", password)
			.param("role", role)
			.param("countryScope", country)
			.param("organizationId", organization)
			.param("version", "0")
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private void assertFormError(MockHttpServletResponse response, String field) throws Exception {
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#" + field + "-error")).as(field).isNotEmpty();
		assertThat(page.selectFirst("#" + field + "-error").text()).isNotBlank().doesNotContain("Failed to convert");
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from account", Long.class);
	}

}
