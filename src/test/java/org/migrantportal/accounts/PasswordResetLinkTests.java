package org.migrantportal.accounts;

import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What makes a forgotten-password link safe to mail: its token cannot be guessed (at
 * least 128 random bits, a new one every time), the database keeps only a digest of it
 * and its end at most an hour after it was made, and it never reaches the logs, not even
 * with the portal's own debug logging on.
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordResetLinkTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern
		.compile("https://portal\\.example/login/reset\\?token=([A-Za-z0-9_-]+)");

	private static final String NEW_PASSWORD = "მთაზე თოვლი ჯერ კიდევ არ დამდნარა";

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
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.migrantportal", LogLevel.DEBUG);
	}

	@AfterEach
	void quiet() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.migrantportal", null);
	}

	@Test
	void aTokenHasAtLeast128RandomBitsAndIsNewEveryTime() {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String first = tokenIn(requestAndAwait(editor, 1));
		String second = tokenIn(requestAndAwait(editor, 2));
		assertThat(Base64.getUrlDecoder().decode(first)).hasSizeGreaterThanOrEqualTo(16);
		assertThat(Base64.getUrlDecoder().decode(second)).hasSizeGreaterThanOrEqualTo(16);
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void theDatabaseKeepsADigestOfTheTokenAndAnEndWithinTheHour() {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.ARMENIA, null);
		String token = tokenIn(requestAndAwait(editor, 1));
		Long accountId = this.accounts.idOf(editor);
		assertThat(this.jdbc.queryForList("select token_hash from password_reset_token where account_id = ?",
				String.class, accountId))
			.singleElement()
			.satisfies((stored) -> assertThat(stored).isNotEqualTo(token).doesNotContain(token));
		Double minutes = this.jdbc.queryForObject(
				"select extract(epoch from expires_at - created_at) / 60 from password_reset_token where account_id = ?",
				Double.class, accountId);
		assertThat(minutes).isEqualTo(30.0);
	}

	@Test
	void aLinkThatSetAPasswordCannotSetAnotherOne() {
		String editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String token = tokenIn(requestAndAwait(editor, 1));
		assertThat(reset(token, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login?reset");
		// someone who read the same mail later tries the link again
		assertThat(reset(token, NEW_PASSWORD + " და ქარი").getStatus()).isEqualTo(410);
		assertThat(logIn(editor, NEW_PASSWORD + " და ქარი").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(logIn(editor, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/admin");
	}

	@Test
	void theTokenNeverReachesTheLogs(CapturedOutput output) {
		String editor = this.accounts.create(StaffRole.REVIEWER, CountryScope.BOTH, null);
		String token = tokenIn(requestAndAwait(editor, 1));
		assertThat(this.mvc.get().uri("/login/reset?token=" + token).exchange().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(reset(token, NEW_PASSWORD).getRedirectedUrl()).isEqualTo("/login?reset");
		assertThat(reset(token, NEW_PASSWORD).getStatus()).isEqualTo(410);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where subject_id = ? and action = 'ACCOUNT_PASSWORD_RESET'",
					Integer.class, this.accounts.idOf(editor)) == 1);
		assertThat(output.getAll()).doesNotContain(token).doesNotContain(NEW_PASSWORD);
	}

	private MimeMessage requestAndAwait(String email, int count) {
		this.mvc.post().uri("/login/forgot").param("email", email).with(csrf()).with((request) -> {
			request.setRemoteAddr("10.94." + (System.nanoTime() % 250) + ".1");
			return request;
		}).exchange();
		return await().atMost(Duration.ofSeconds(15))
			.until(() -> Arrays.stream(smtp.getReceivedMessages())
				.filter((message) -> recipient(message).equalsIgnoreCase(email))
				.skip(count - 1)
				.findFirst()
				.orElse(null), (found) -> found != null);
	}

	private MockHttpServletResponse reset(String token, String password) {
		return this.mvc.post()
			.uri("/login/reset")
			.param("token", token)
			.param("newPassword", password)
			.param("repeatPassword", password)
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
				request.setRemoteAddr("10.95." + (System.nanoTime() % 250) + ".1");
				return request;
			})
			.exchange()
			.getResponse();
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
		try {
			Matcher matcher = LINK.matcher(mail.getContent().toString());
			assertThat(matcher.find()).as("a link to the configured base URL").isTrue();
			return matcher.group(1);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
