package org.migrantportal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Forgot your password?" through a real SMTP server in the test: the same answer for an
 * account and for no account, an e-mail only for the account, with a link starting with
 * the configured base URL (not the request's Host); the link sets a password once, an
 * expired link is refused with a clear page, and the new password logs in.
 */
@PortalWebTest
class PasswordResetTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern
		.compile("https://portal\\.example/login/reset\\?token=([A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "ზღვა დღეს მშვიდია და ცა სუფთაა";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("portal.password-reset.base-url", () -> "https://portal.example");
	}

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
	}

	@Test
	void answersTheSameForAnAccountAndForNoneAndMailsOnlyTheAccount() throws Exception {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String nobody = "nobody-" + System.nanoTime() + "@test.example";
		MockHttpServletResponse forAccount = forgot(editor, "10.91.0.1");
		MockHttpServletResponse forNobody = forgot(nobody, "10.91.0.2");
		assertThat(forAccount.getStatus()).isEqualTo(200);
		assertThat(forNobody.getStatus()).isEqualTo(200);
		assertThat(text(forNobody)).isEqualTo(text(forAccount));

		MimeMessage mail = awaitMailTo(editor);
		assertThat(body(mail)).contains("https://portal.example/login/reset?token=");
		Thread.sleep(1000);
		assertThat(mailsTo(nobody)).isZero();
	}

	@Test
	void theLinkSetsANewPasswordOnceAndIgnoresTheRequestsHost() {
		String reviewer = this.accounts.create(StaffRole.REVIEWER, CountryScope.ARMENIA, null);
		this.mvc.post()
			.uri("/login/forgot")
			.header("Host", "evil.example")
			.param("email", reviewer.toUpperCase())
			.with(csrf())
			.with((request) -> {
				request.setServerName("evil.example");
				request.setRemoteAddr("10.91.0.3");
				return request;
			})
			.exchange();
		String token = tokenIn(awaitMailTo(reviewer));

		assertThat(this.mvc.get().uri("/login/reset?token=" + token).exchange().getResponse().getStatus())
			.isEqualTo(200);
		MockHttpServletResponse weak = reset(token, "Tbilisi2024!", "Tbilisi2024!");
		assertThat(weak.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(content(weak)).select("#newPassword-error").text()).isNotEmpty();
		assertThat(reset(token, NEW_PASSWORD, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login?reset");

		MockHttpServletResponse again = this.mvc.get().uri("/login/reset?token=" + token).exchange().getResponse();
		assertThat(again.getStatus()).isEqualTo(410);
		assertThat(reset(token, NEW_PASSWORD + "!", NEW_PASSWORD + "!").getStatus()).isEqualTo(410);
		assertThat(logIn(reviewer, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/admin");
		assertThat(logIn(reviewer, AccountFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'ACCOUNT_PASSWORD_RESET'",
					Integer.class, this.accounts.idOf(reviewer)) == 1);
	}

	@Test
	void aResetEndsEverySessionTheAccountHadOpen() throws Exception {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpSession stolen = BackOffice.logIn(this.mvc, editor, AccountFixtures.PASSWORD);
		assertThat(this.mvc.get().uri("/admin").session(stolen).exchange().getResponse().getStatus()).isEqualTo(200);
		forgot(editor, "10.91.0.9");
		assertThat(reset(tokenIn(awaitMailTo(editor)), NEW_PASSWORD, NEW_PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?reset");
		assertThat(this.mvc.get().uri("/admin").session(stolen).exchange().getResponse().getRedirectedUrl())
			.as("a session opened with the old password")
			.endsWith("/login");
	}

	@Test
	void anExpiredLinkIsRefusedWithAClearPage() {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String token = "expired-" + System.nanoTime();
		this.jdbc.update(
				"insert into password_reset_token (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)",
				this.accounts.idOf(editor), PasswordResetService.hash(token),
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))),
				java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(30))));
		MockHttpServletResponse page = this.mvc.get().uri("/login/reset?token=" + token).exchange().getResponse();
		assertThat(page.getStatus()).isEqualTo(410);
		assertThat(Jsoup.parse(content(page)).select("[role=alert]").text()).isNotBlank();
		assertThat(reset(token, NEW_PASSWORD, NEW_PASSWORD).getStatus()).isEqualTo(410);
		assertThat(logIn(editor, AccountFixtures.PASSWORD).getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void settingAPasswordEndsEveryOtherLinkOfTheAccount() {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String first = "first-" + System.nanoTime();
		String second = "second-" + System.nanoTime();
		for (String token : new String[] { first, second }) {
			this.jdbc.update(
					"insert into password_reset_token (account_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)",
					this.accounts.idOf(editor), PasswordResetService.hash(token),
					java.sql.Timestamp.from(Instant.now()),
					java.sql.Timestamp.from(Instant.now().plus(Duration.ofMinutes(20))));
		}
		assertThat(reset(first, NEW_PASSWORD, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login?reset");
		assertThat(this.mvc.get().uri("/login/reset?token=" + second).exchange().getResponse().getStatus())
			.isEqualTo(410);
	}

	@Test
	void requestsForOneAddressAreLimited() {
		String address = "flooded-" + System.nanoTime() + "@test.example";
		for (int i = 1; i <= 5; i++) {
			assertThat(forgot(address, "10.93.0." + i).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse sixth = forgot(address, "10.93.0.6");
		assertThat(sixth.getStatus()).isEqualTo(429);
		assertThat(Jsoup.parse(content(sixth)).select("#email-error").text()).isNotEmpty();
	}

	@Test
	void aBadAddressIsAFormErrorKeepingWhatWasTyped() {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/login/forgot")
			.param("email", "not an address")
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(content(response)).select("#email").val()).isEqualTo("not an address");
		assertThat(Jsoup.parse(content(response)).select("#email-error").text()).isNotEmpty();
	}

	@Test
	void theFormSpeaksTheChosenBackOfficeLanguage() {
		MockHttpServletResponse armenian = this.mvc.get()
			.uri("/login/forgot")
			.cookie(new jakarta.servlet.http.Cookie(org.migrantportal.i18n.LocaleChoice.COOKIE_NAME, "hy"))
			.exchange()
			.getResponse();
		assertThat(Jsoup.parse(content(armenian)).select("h1").text()).isEqualTo("Մոռացված գաղտնաբառ");
		MockHttpServletResponse georgian = this.mvc.get()
			.uri("/login/forgot")
			.cookie(new jakarta.servlet.http.Cookie(org.migrantportal.i18n.LocaleChoice.COOKIE_NAME, "ka"))
			.exchange()
			.getResponse();
		assertThat(Jsoup.parse(content(georgian)).select("h1").text()).isEqualTo("დავიწყებული პაროლი");
	}

	@Test
	void theLoginPageLinksToTheForm() {
		assertThat(Jsoup.parse(content(this.mvc.get().uri("/login").exchange().getResponse()))
			.select("a[href=/login/forgot]")).hasSize(1);
	}

	private MockHttpServletResponse forgot(String email, String client) {
		return this.mvc.post().uri("/login/forgot").param("email", email).with(csrf()).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		}).exchange().getResponse();
	}

	private MockHttpServletResponse reset(String token, String password, String repeat) {
		return this.mvc.post()
			.uri("/login/reset")
			.param("token", token)
			.param("newPassword", password)
			.param("repeatPassword", repeat)
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse logIn(String email, String password) {
		return this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.92.0." + (Math.abs(email.hashCode() % 200) + 1));
				return request;
			})
			.session(new MockHttpSession())
			.exchange()
			.getResponse();
	}

	private MimeMessage awaitMailTo(String email) {
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter((message) -> recipient(message).equalsIgnoreCase(email))
				.reduce((first, second) -> second)
				.orElse(null), (found) -> found != null);
	}

	private long mailsTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages())
			.filter((message) -> recipient(message).equalsIgnoreCase(email))
			.count();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String tokenIn(MimeMessage mail) {
		Matcher matcher = LINK.matcher(body(mail));
		assertThat(matcher.find()).as("a link to the configured base URL").isTrue();
		return matcher.group(1);
	}

	private static String body(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(MockHttpServletResponse response) {
		return Jsoup.parse(content(response)).select("main, section").text();
	}

	private static String content(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
