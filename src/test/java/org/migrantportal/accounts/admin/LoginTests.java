package org.migrantportal.accounts.admin;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.MockMvcSessions;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalWebTest
class LoginTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private String editor;

	@BeforeEach
	void createEditor() {
		// failures counted by earlier runs on this database must not throttle this one
		this.jdbc.update("delete from login_throttle");
		this.accounts = new AccountFixtures(this.context);
		this.editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
	}

	@Test
	void loginWithA64CharacterGeorgianPassphraseLeadsToTheBackOffice() {
		assertThat(AccountFixtures.PASSWORD.codePointCount(0, AccountFixtures.PASSWORD.length())).isEqualTo(64);
		MockHttpServletResponse response = login(this.editor, AccountFixtures.PASSWORD, client("10.0.0.1"), null);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void firstAdminFromConfigurationCanLogIn() {
		MockHttpServletResponse response = login("first-admin@test.example", PortalWebTest.FIRST_ADMIN_PASSWORD,
				client("10.0.0.2"), null);
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
		assertThat(this.jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and email = ?",
				Long.class, "first-admin@test.example"))
			.isEqualTo(1);
	}

	@Test
	void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
		MockHttpServletResponse wrongPassword = login(this.editor, "not the password at all", client("10.0.0.3"), null);
		MockHttpServletResponse unknown = login("nobody-" + this.editor, "not the password at all", client("10.0.0.4"),
				null);
		assertThat(wrongPassword.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(302);
		assertThat(wrongPassword.getRedirectedUrl()).isEqualTo(unknown.getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void failedLoginsAreAudited() {
		login(this.editor, "wrong password number one", client("10.0.0.5"), null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor_email = ?", Long.class,
					this.editor))
				.isEqualTo(1));
	}

	@Test
	void fiveFailuresForOneAccountThrottleItWith429AndRetryAfter() {
		for (int i = 0; i < 5; i++) {
			assertThat(login(this.editor, "wrong " + i, client("10.0.1." + i), null).getStatus()).isEqualTo(302);
		}
		MockHttpServletResponse blocked = login(this.editor, AccountFixtures.PASSWORD, client("10.0.1.99"), null);
		assertThat(blocked.getStatus()).as("even the right password waits").isEqualTo(429);
		assertThat(Long.parseLong(blocked.getHeader("Retry-After"))).isBetween(1L, 900L);
		String other = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		assertThat(login(other, AccountFixtures.PASSWORD, client("10.0.1.100"), null).getRedirectedUrl())
			.as("another account is not affected")
			.isEqualTo("/admin");
	}

	@Test
	void twentyFailuresFromOneClientThrottleThatClient() {
		for (int i = 0; i < 20; i++) {
			login("someone-" + i + "-" + this.editor, "wrong", client("10.0.2.1"), null);
		}
		assertThat(login(this.editor, AccountFixtures.PASSWORD, client("10.0.2.1"), null).getStatus()).isEqualTo(429);
		assertThat(login(this.editor, AccountFixtures.PASSWORD, client("10.0.2.2"), null).getStatus())
			.as("a client is its /24 network")
			.isEqualTo(429);
		assertThat(login(this.editor, AccountFixtures.PASSWORD, client("10.0.3.1"), null).getStatus()).isEqualTo(302);
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/login")
			.param("email", this.editor)
			.param("password", AccountFixtures.PASSWORD)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void loginGivesANewSessionId() {
		MockHttpSession session = new MockHttpSession();
		this.mvc.get().uri("/login").session(session).exchange();
		String before = MockMvcSessions.storedSessionId(session);
		assertThat(before).as("the login form's session, holding its CSRF token").isNotNull();
		login(this.editor, AccountFixtures.PASSWORD, client("10.0.0.6"), session);
		assertThat(MockMvcSessions.storedSessionId(session)).isNotNull().isNotEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class,
				before))
			.as("the old id is dead")
			.isZero();
	}

	@Test
	void logoutIsPostOnlyAndEndsTheSession() {
		MockHttpSession session = new MockHttpSession();
		login(this.editor, AccountFixtures.PASSWORD, client("10.0.0.7"), session);
		this.mvc.get().uri("/logout").session(session).exchange();
		assertThat(this.mvc.get().uri("/admin").session(session).exchange().getResponse().getStatus())
			.as("a GET does not log out")
			.isEqualTo(200);
		MockHttpServletResponse logout = this.mvc.post()
			.uri("/logout")
			.session(session)
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(logout.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(this.mvc.get().uri("/admin").session(session).exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void backOfficeAnswersAreNeverCached() {
		MockHttpSession session = new MockHttpSession();
		login(this.editor, AccountFixtures.PASSWORD, client("10.0.0.8"), session);
		MockHttpServletResponse response = this.mvc.get().uri("/admin").session(session).exchange().getResponse();
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
		assertThat(this.mvc.get().uri("/login").exchange().getResponse().getHeader("Cache-Control"))
			.contains("no-store");
	}

	@Test
	void theBackOfficeLanguageAnEditorPicksIsRememberedOnTheirAccount() throws Exception {
		MockHttpSession session = new MockHttpSession();
		login(this.editor, AccountFixtures.PASSWORD, client("10.0.0.9"), session);
		MockHttpServletResponse chosen = this.mvc.post()
			.uri("/admin/language/hy")
			.session(session)
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(chosen.getRedirectedUrl()).isEqualTo("/admin");
		assertThat(this.jdbc.queryForObject("select ui_locale from account where email = ?", String.class, this.editor))
			.isEqualTo("hy");
		MockHttpServletResponse nextLogin = login(this.editor, AccountFixtures.PASSWORD, client("10.0.0.10"),
				new MockHttpSession());
		assertThat(nextLogin.getCookie("portal_lang").getValue()).as("restored at the next login").isEqualTo("hy");
		assertThat(this.mvc.get()
			.uri("/admin")
			.session(session)
			.cookie(chosen.getCookie("portal_lang"))
			.exchange()
			.getResponse()
			.getContentAsString()).contains("lang=\"hy\"").contains("Բարի գալուստ");
	}

	@Test
	void loginPageIsInTheChosenLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/login")
			.cookie(new jakarta.servlet.http.Cookie("portal_lang", "hy"))
			.exchange()
			.getResponse();
		assertThat(response.getContentAsString()).contains("lang=\"hy\"").contains("Մուտք");
	}

	private MockHttpServletResponse login(String email, String password, RequestPostProcessor client,
			MockHttpSession session) {
		var request = this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with(client);
		if (session != null) {
			request = request.session(session);
		}
		return request.exchange().getResponse();
	}

	private static RequestPostProcessor client(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
