package org.migrantportal.accounts.admin;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.MockMvcSessions;
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

@PortalWebTest
class AccountSessionAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private String admin;

	private String editor;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		this.editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
	}

	@Test
	void anAdminEndsEverySessionOfAnAccountAndTheTrailSaysSo() throws Exception {
		MockHttpSession adminSession = BackOffice.logIn(this.mvc, this.admin, AccountFixtures.PASSWORD);
		MockHttpSession laptop = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		MockHttpSession phone = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		Long id = this.accounts.idOf(this.editor);
		assertThat(get("/admin/accounts/" + id, adminSession).getContentAsString()).contains("/sessions/end");
		MockHttpServletResponse ended = this.mvc.post()
			.uri("/admin/accounts/{id}/sessions/end", id)
			.with(csrf())
			.session(adminSession)
			.exchange()
			.getResponse();
		assertThat(ended.getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
		assertThat(get("/admin", laptop).getRedirectedUrl()).endsWith("/login");
		assertThat(get("/admin", phone).getRedirectedUrl()).endsWith("/login");
		assertThat(get("/admin", adminSession).getStatus()).as("the admin works on").isEqualTo(200);
		awaitAudit("ACCOUNT_SESSIONS_ENDED", this.admin);
	}

	@Test
	void aPersonWithAVeryLongEmailLogsInAndTheirSessionsCanBeEnded() throws Exception {
		String longEmail = "a".repeat(120) + "-" + System.nanoTime() + "@a-long-partner-organisation.test.example";
		this.jdbc.update("update account set email = ? where email = ?", longEmail, this.editor);
		MockHttpSession session = BackOffice.logIn(this.mvc, longEmail, AccountFixtures.PASSWORD);
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
		MockHttpSession adminSession = BackOffice.logIn(this.mvc, this.admin, AccountFixtures.PASSWORD);
		this.mvc.post()
			.uri("/admin/accounts/{id}/sessions/end", this.accounts.idOf(longEmail))
			.with(csrf())
			.session(adminSession)
			.exchange();
		assertThat(get("/admin", session).getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void changingTheOwnPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
		MockHttpSession here = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		MockHttpSession elsewhere = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		String newPassword = "ახალი პაროლი, რომელიც არავინ იცის " + System.nanoTime();
		MockHttpServletResponse changed = this.mvc.post()
			.uri("/admin/password")
			.param("currentPassword", AccountFixtures.PASSWORD)
			.param("newPassword", newPassword)
			.param("repeatPassword", newPassword)
			.with(csrf())
			.session(here)
			.exchange()
			.getResponse();
		assertThat(changed.getRedirectedUrl()).isEqualTo("/admin");
		assertThat(get("/admin", here).getStatus()).isEqualTo(200);
		assertThat(get("/admin", elsewhere).getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aSessionEndsTwelveHoursAfterItBeganHoweverBusyItWas() throws Exception {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
		// the session began 12 hours and a minute ago and was used a moment ago
		this.jdbc.update("update spring_session set creation_time = creation_time - ? where session_id = ?",
				Duration.ofHours(12).plusMinutes(1).toMillis(), MockMvcSessions.storedSessionId(session));
		assertThat(get("/admin", session).getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(get("/admin", session).getRedirectedUrl()).as("and stays ended").endsWith("/login");
		assertThat(this.mvc.get().uri("/login?expired").exchange().getResponse().getContentAsString())
			.contains("სესიამ მიაღწია მაქსიმალურ ხანგრძლივობას");
	}

	@Test
	void anAdminLetsAThrottledAccountLogInAgainAtOnce() throws Exception {
		for (int i = 0; i < 5; i++) {
			login(this.editor, "wrong " + i, "10.77.1.1");
		}
		assertThat(login(this.editor, AccountFixtures.PASSWORD, "10.77.2.1").getStatus()).isEqualTo(429);
		MockHttpSession adminSession = BackOffice.logIn(this.mvc, this.admin, AccountFixtures.PASSWORD);
		Long id = this.accounts.idOf(this.editor);
		assertThat(get("/admin/accounts/" + id, adminSession).getContentAsString()).contains("/login/unlock");
		MockHttpServletResponse unlocked = this.mvc.post()
			.uri("/admin/accounts/{id}/login/unlock", id)
			.with(csrf())
			.session(adminSession)
			.exchange()
			.getResponse();
		assertThat(unlocked.getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
		assertThat(login(this.editor, AccountFixtures.PASSWORD, "10.77.3.1").getRedirectedUrl()).isEqualTo("/admin");
		awaitAudit("ACCOUNT_LOGIN_UNLOCKED", this.admin);
	}

	@Test
	void failuresPastTheLimitWaitLongerAndLongerButNeverMoreThanTheLongestWait() throws Exception {
		for (int i = 0; i < 5; i++) {
			login(this.editor, "wrong " + i, "10.78." + i + ".1");
		}
		long first = retryAfter(login(this.editor, AccountFixtures.PASSWORD, "10.78.9.1"));
		assertThat(first).isBetween(1L, 30L);
		// the wait is over; each further failure doubles it
		this.jdbc.update("update login_throttle set blocked_until = null");
		login(this.editor, "wrong again", "10.78.10.1");
		assertThat(retryAfter(login(this.editor, AccountFixtures.PASSWORD, "10.78.11.1"))).isBetween(31L, 60L);
		for (int i = 0; i < 10; i++) {
			this.jdbc.update("update login_throttle set blocked_until = null");
			login(this.editor, "wrong once more", "10.78." + (20 + i) + ".1");
		}
		assertThat(retryAfter(login(this.editor, AccountFixtures.PASSWORD, "10.78.40.1")))
			.as("capped at 15 minutes: nobody is locked out for ever")
			.isBetween(800L, 900L);
	}

	private long retryAfter(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(429);
		return Long.parseLong(response.getHeader("Retry-After"));
	}

	private MockHttpServletResponse get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse();
	}

	private MockHttpServletResponse login(String email, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange()
			.getResponse();
	}

	private void awaitAudit(String action, String actor) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = ? and actor_email = ?", Long.class, action, actor))
				.isEqualTo(1));
	}

}
