package org.migrantportal.accounts.admin;

import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account has at most {@code portal.session.per-account} back-office sessions
 * (SESS-06; two here, three by default): a further login ends the session used longest
 * ago, on every node, and leaves the others working.
 */
@PortalWebTest
@TestPropertySource(properties = "portal.session.per-account=2")
class SessionsPerAccountTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aLoginBeyondTheLimitEndsTheSessionUsedLongestAgo() throws InterruptedException {
		String editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpSession laptop = BackOffice.logIn(this.mvc, editor, AccountFixtures.PASSWORD);
		Thread.sleep(20);
		MockHttpSession phone = BackOffice.logIn(this.mvc, editor, AccountFixtures.PASSWORD);
		Thread.sleep(20);
		// the laptop is used again: now the phone is the session used longest ago
		assertThat(status("/admin", laptop)).isEqualTo(200);
		Thread.sleep(20);
		MockHttpSession tablet = BackOffice.logIn(this.mvc, editor, AccountFixtures.PASSWORD);
		assertThat(this.mvc.get().uri("/admin").session(phone).exchange().getResponse().getRedirectedUrl())
			.as("the phone's session ended")
			.endsWith("/login");
		assertThat(status("/admin", laptop)).isEqualTo(200);
		assertThat(status("/admin", tablet)).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
				editor))
			.as("stored sessions of the account")
			.isEqualTo(2);
	}

	private int status(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse().getStatus();
	}

}
