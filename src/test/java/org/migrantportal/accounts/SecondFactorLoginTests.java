package org.migrantportal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The second factor as staff meet it, with it required for admins and reviewers: an admin
 * without one reaches only the enrolment page; enrolment shows a QR code drawn on the
 * server, the key, then ten recovery codes once; after that, the password alone logs
 * nobody in, a code of the app or a recovery code does, once each; wrong codes are
 * throttled like wrong passwords and everything is audited.
 */
@PortalWebTest
@TestPropertySource(properties = "portal.mfa.required=true")
class SecondFactorLoginTests {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private AccountFixtures accounts;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
	}

	@Test
	void anAdminWithoutASecondFactorReachesOnlyTheEnrolmentUntilEnrolled() {
		String admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = passwordStep(admin, client());
		assertThat(redirect(get("/admin", session))).isEqualTo("/admin/account/mfa");
		assertThat(redirect(get("/admin/accounts", session))).isEqualTo("/admin/account/mfa");

		MockHttpServletResponse page = get("/admin/account/mfa", session);
		assertThat(page.getStatus()).isEqualTo(200);
		Document html = parse(page);
		assertThat(html.select("img.qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
		assertThat(page.getHeader("Content-Security-Policy")).contains("img-src 'self' data:");
		byte[] secret = Base32.decode(html.select("code.secret").text());

		MockHttpServletResponse wrong = confirm(session, "000000".equals(code(secret, 0)) ? "111111" : "000000");
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(parse(wrong).select("code.secret").text()).as("the same secret after a wrong code")
			.isEqualTo(html.select("code.secret").text());

		MockHttpServletResponse codes = confirm(session, code(secret, 0));
		assertThat(codes.getStatus()).isEqualTo(200);
		assertThat(parse(codes).select("ul.recovery-codes li")).hasSize(10);
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select secret_cipher from account_second_factor where account_id = ?",
				String.class, this.accounts.idOf(admin)))
			.startsWith("v1:")
			.doesNotContain(Base32.encode(secret));
		awaitAudit(admin, "ACCOUNT_MFA_ENROLLED");
	}

	@Test
	void editorsNeedNoSecondFactor() {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpSession session = passwordStep(editor, client());
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);
	}

	@Test
	void withASecondFactorThePasswordAloneLogsNobodyInAndACodeWorksOnce() {
		String reviewer = this.accounts.create(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		Enrolled enrolled = enrol(reviewer);

		String client = client();
		MockHttpSession session = passwordStep(reviewer, client);
		assertThat(redirect(get("/admin", session))).endsWith("/login");
		assertThat(get("/login/mfa", session).getStatus()).isEqualTo(200);
		MockHttpServletResponse wrong = secondStep(session, client, "12345");
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(parse(wrong).select("#code-error").text()).isNotEmpty();
		String code = code(enrolled.secret(), 1);
		assertThat(redirect(secondStep(session, client, code))).as("back to the page asked for")
			.endsWith("/admin?continue");
		assertThat(get("/admin", session).getStatus()).isEqualTo(200);

		MockHttpSession again = passwordStep(reviewer, client);
		assertThat(secondStep(again, client, code).getStatus()).as("the same code again").isEqualTo(400);
		awaitAudit(reviewer, "LOGIN_SECOND_FACTOR_SUCCEEDED");
		awaitAudit(reviewer, "LOGIN_SECOND_FACTOR_FAILED");
	}

	@Test
	void aRecoveryCodeLogsInOnce() {
		String admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		Enrolled enrolled = enrol(admin);
		String client = client();
		MockHttpSession session = passwordStep(admin, client);
		String recovery = enrolled.recoveryCodes().get(3).toUpperCase().replace("-", " ");
		assertThat(redirect(secondStep(session, client, recovery))).isEqualTo("/admin");
		awaitAudit(admin, "LOGIN_SECOND_FACTOR_RECOVERY_CODE_USED");

		MockHttpSession again = passwordStep(admin, client);
		assertThat(secondStep(again, client, enrolled.recoveryCodes().get(3)).getStatus()).isEqualTo(400);
	}

	@Test
	void wrongCodesAreThrottledLikeWrongPasswords() {
		String admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		Enrolled enrolled = enrol(admin);
		String client = client();
		MockHttpSession session = passwordStep(admin, client);
		for (int i = 0; i < 5; i++) {
			assertThat(secondStep(session, client, "99999" + i).getStatus()).isEqualTo(400);
		}
		MockHttpServletResponse throttled = secondStep(session, client, code(enrolled.secret(), 1));
		assertThat(throttled.getStatus()).isEqualTo(429);
		assertThat(throttled.getHeader("Retry-After")).isNotBlank();
		assertThat(get("/admin", session).getStatus()).isEqualTo(302);
	}

	@Test
	void theSecondStepNeedsAPendingLogin() {
		assertThat(redirect(get("/login/mfa", new MockHttpSession()))).isEqualTo("/login");
		MockHttpServletResponse post = this.mvc.post()
			.uri("/login/mfa")
			.param("code", "123456")
			.with(csrf())
			.session(new MockHttpSession())
			.exchange()
			.getResponse();
		assertThat(redirect(post)).isEqualTo("/login?expired");
	}

	@Test
	void disablingNeedsThePasswordAndACode() {
		String admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		Enrolled enrolled = enrol(admin);
		MockHttpSession session = enrolled.session();
		MockHttpServletResponse wrongPassword = this.mvc.post()
			.uri("/admin/account/mfa/disable")
			.session(session)
			.with(csrf())
			.param("password", "not the password at all")
			.param("code", code(enrolled.secret(), 1))
			.exchange()
			.getResponse();
		assertThat(wrongPassword.getStatus()).isEqualTo(400);
		MockHttpServletResponse disabled = this.mvc.post()
			.uri("/admin/account/mfa/disable")
			.session(session)
			.with(csrf())
			.param("password", AccountFixtures.PASSWORD)
			.param("code", enrolled.recoveryCodes().get(0))
			.exchange()
			.getResponse();
		assertThat(redirect(disabled)).isEqualTo("/admin/account/mfa");
		assertThat(redirect(get("/admin", session))).as("required again").isEqualTo("/admin/account/mfa");
		awaitAudit(admin, "ACCOUNT_MFA_DISABLED");
	}

	private record Enrolled(byte[] secret, List<String> recoveryCodes, MockHttpSession session) {
	}

	private Enrolled enrol(String email) {
		MockHttpSession session = passwordStep(email, client());
		Document page = parse(get("/admin/account/mfa", session));
		byte[] secret = Base32.decode(page.select("code.secret").text());
		Document codes = parse(confirm(session, code(secret, 0)));
		return new Enrolled(secret, codes.select("ul.recovery-codes code").eachText(), session);
	}

	private String code(byte[] secret, int stepsAhead) {
		return Totp.code(secret, Totp.step(this.clock.instant()) + stepsAhead, Totp.DIGITS);
	}

	private MockHttpSession passwordStep(String email, String client) {
		MockHttpSession session = new MockHttpSession();
		this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", AccountFixtures.PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(client);
				return request;
			})
			.session(session)
			.exchange();
		return session;
	}

	private MockHttpServletResponse secondStep(MockHttpSession session, String client, String code) {
		return this.mvc.post().uri("/login/mfa").param("code", code).with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		}).session(session).exchange().getResponse();
	}

	private MockHttpServletResponse confirm(MockHttpSession session, String code) {
		return this.mvc.post()
			.uri("/admin/account/mfa")
			.param("code", code)
			.with(csrf())
			.session(session)
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String path, MockHttpSession session) {
		return this.mvc.get().uri(path).session(session).exchange().getResponse();
	}

	private static String redirect(MockHttpServletResponse response) {
		assertThat(response.getStatus()).isEqualTo(302);
		return response.getRedirectedUrl();
	}

	private static Document parse(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void awaitAudit(String email, String action) {
		Long id = this.accounts.idOf(email);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_type = 'ACCOUNT' and subject_id = ? and action = ?",
					Integer.class, id, action) > 0);
	}

	private static String client() {
		int n = CLIENTS.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

}
