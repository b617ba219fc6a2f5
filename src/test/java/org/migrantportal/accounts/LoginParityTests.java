package org.migrantportal.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A login that fails tells nothing about the account: a disabled account, an unknown
 * e-mail and a wrong password get the same redirect and the same page, and each costs the
 * same password hash check, so the time taken tells nothing either (a disabled account's
 * password is checked before its status, not skipped); an unknown e-mail is throttled
 * after as many failures as a real account.
 */
@PortalWebTest
class LoginParityTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@MockitoSpyBean
	private PasswordEncoder passwordEncoder;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private String editor;

	private String disabled;

	@BeforeEach
	void accounts() {
		// failures counted by earlier runs on this database must not throttle this one
		this.jdbc.update("delete from login_throttle");
		AccountFixtures accounts = new AccountFixtures(this.context);
		this.editor = accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		this.disabled = accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		this.jdbc.update("update account set enabled = false where email = ?", this.disabled);
	}

	@Test
	void aDisabledAccountAnUnknownOneAndAWrongPasswordGetTheSameAnswer() throws Exception {
		List<Attempt> attempts = List.of(attempt(this.disabled, AccountFixtures.PASSWORD),
				attempt(this.disabled, "not the password at all"),
				attempt("nobody-" + this.editor, AccountFixtures.PASSWORD), attempt(this.editor, "not the password"));
		for (Attempt attempt : attempts) {
			assertThat(attempt.status()).as(attempt.what()).isEqualTo(302);
			assertThat(attempt.redirect()).as(attempt.what()).isEqualTo("/login?error");
			assertThat(attempt.page()).as(attempt.what())
				.isEqualTo(attempts.get(0).page())
				.contains("ელფოსტა ან პაროლი არასწორია.");
		}
	}

	@Test
	void aDisabledAccountsPasswordIsCheckedAsOftenAsAnyOther() throws Exception {
		int disabledRightPassword = hashChecks(this.disabled, AccountFixtures.PASSWORD);
		int disabledWrongPassword = hashChecks(this.disabled, "not the password at all");
		int unknown = hashChecks("nobody-" + this.editor, AccountFixtures.PASSWORD);
		int wrongPassword = hashChecks(this.editor, "not the password at all");
		int success = hashChecks(this.editor, AccountFixtures.PASSWORD);
		assertThat(List.of(disabledRightPassword, disabledWrongPassword, unknown, wrongPassword))
			.as("hash checks: disabled (right password), disabled (wrong), unknown, wrong password")
			.containsOnly(success)
			.doesNotContain(0);
	}

	@Test
	void anUnknownAccountIsThrottledAfterAsManyFailuresAsARealOne() throws Exception {
		String unknown = "nobody-" + this.editor;
		for (int i = 0; i < 5; i++) {
			assertThat(attempt(unknown, "guess " + i).status()).isEqualTo(302);
			assertThat(attempt(this.editor, "guess " + i).status()).isEqualTo(302);
		}
		Attempt throttledUnknown = attempt(unknown, AccountFixtures.PASSWORD);
		Attempt throttledReal = attempt(this.editor, AccountFixtures.PASSWORD);
		assertThat(throttledUnknown.status()).isEqualTo(throttledReal.status()).isEqualTo(429);
		assertThat(throttledUnknown.retryAfter()).isNotNull();
		assertThat(throttledReal.retryAfter()).isNotNull();
	}

	/** How many times a login attempt had the password hash checked. */
	private int hashChecks(String email, String password) throws Exception {
		Mockito.clearInvocations(this.passwordEncoder);
		attempt(email, password);
		return (int) Mockito.mockingDetails(this.passwordEncoder)
			.getInvocations()
			.stream()
			.filter((invocation) -> invocation.getMethod().getName().equals("matches"))
			.count();
	}

	private Attempt attempt(String email, String password) throws Exception {
		int client = CLIENTS.incrementAndGet();
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				// each from a network of its own: only the account's failures count
				request.setRemoteAddr("10." + (201 + client / 250) + "." + (client % 250) + ".1");
				return request;
			})
			.session(session)
			.exchange()
			.getResponse();
		String page = "";
		if (response.getRedirectedUrl() != null && response.getRedirectedUrl().startsWith("/login")) {
			page = Jsoup
				.parse(this.mvc.get()
					.uri(response.getRedirectedUrl())
					.session(session)
					.header("Accept-Language", "ka")
					.exchange()
					.getResponse()
					.getContentAsString())
				// the text a person reads; the form's CSRF token differs per session
				.select("main")
				.text();
		}
		return new Attempt(email + " / " + ((password.equals(AccountFixtures.PASSWORD)) ? "right" : "wrong"),
				response.getStatus(), response.getRedirectedUrl(), page, response.getHeader("Retry-After"));
	}

	private record Attempt(String what, int status, String redirect, String page, String retryAfter) {
	}

}
