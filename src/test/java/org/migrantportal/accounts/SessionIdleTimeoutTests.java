package org.migrantportal.accounts;

import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A back-office session left alone for more than 30 minutes is over, one used 29 minutes
 * ago goes on; the session store stamps the last use, so the tests move that stamp back.
 * There is no remember-me: asking for it at login changes nothing, and once the session
 * is over nothing the browser kept logs the person in again.
 */
@PortalWebTest
class SessionIdleTimeoutTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private String editor;

	@BeforeEach
	void fixtures() {
		this.editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
	}

	@Test
	void aSessionUnusedForThirtyOneMinutesIsOver() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
		lastUsedAgo(session, Duration.ofMinutes(31));
		assertThat(get("/admin", session).getRedirectedUrl()).endsWith("/login");
		assertThat(get("/admin", session).getRedirectedUrl()).as("and stays over").endsWith("/login");
	}

	@Test
	void aSessionUsedTwentyNineMinutesAgoStillWorksAndTheClockStartsAgain() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		lastUsedAgo(session, Duration.ofMinutes(29));
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
		// the use a moment ago counts: another 29 minutes later it still works
		lastUsedAgo(session, Duration.ofMinutes(29));
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
	}

	@Test
	void theStoreItselfForgetsASessionAfterThirtyIdleMinutes() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		// what a cleanup on any node, or another node reading the row, goes by
		assertThat(this.jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
				Integer.class, MockMvcSessions.storedSessionId(session)))
			.isEqualTo(30 * 60);
	}

	@Test
	void askingToBeRememberedSetsNoLastingCookie() {
		MockHttpServletResponse login = logInAskingToBeRemembered(new MockHttpSession());
		assertThat(login.getRedirectedUrl()).isEqualTo("/admin");
		assertThat(login.getCookies()).extracting(Cookie::getName).doesNotContain("remember-me");
		assertThat(login.getCookies()).as("every cookie ends with the browser session")
			.allSatisfy((cookie) -> assertThat(cookie.getMaxAge()).isLessThanOrEqualTo(0));
	}

	@Test
	void onceTheSessionIsOverNothingTheBrowserKeptLogsThePersonInAgain() {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse login = logInAskingToBeRemembered(session);
		Cookie[] kept = login.getCookies();
		assertThat(kept).as("the session cookie at least").isNotEmpty();
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
		lastUsedAgo(session, Duration.ofMinutes(31));
		MockHttpServletResponse later = this.mvc.get()
			.uri("/admin")
			.session(session)
			.cookie(kept)
			.exchange()
			.getResponse();
		assertThat(later.getRedirectedUrl()).endsWith("/login");
		assertThat(Arrays.stream(later.getCookies()).map(Cookie::getName)).doesNotContain("remember-me");
		// and a fresh browser with just those cookies is not let in either
		MockHttpServletResponse fresh = this.mvc.get().uri("/admin").cookie(kept).exchange().getResponse();
		assertThat(fresh.getRedirectedUrl()).endsWith("/login");
	}

	private MockHttpServletResponse logInAskingToBeRemembered(MockHttpSession session) {
		return this.mvc.post()
			.uri("/login")
			.param("email", this.editor)
			.param("password", AccountFixtures.PASSWORD)
			.param("remember-me", "on")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.203." + (System.nanoTime() % 250) + ".1");
				return request;
			})
			.session(session)
			.exchange()
			.getResponse();
	}

	private void lastUsedAgo(MockHttpSession session, Duration ago) {
		int updated = this.jdbc.update("update spring_session set last_access_time = ? where session_id = ?",
				System.currentTimeMillis() - ago.toMillis(), MockMvcSessions.storedSessionId(session));
		assertThat(updated).as("the stored session").isEqualTo(1);
	}

	private MockHttpServletResponse get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse();
	}

}
