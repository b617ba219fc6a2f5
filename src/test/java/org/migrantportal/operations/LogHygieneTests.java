package org.migrantportal.operations;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the logs must never hold, read from the console the way an operator would: a line
 * forged by typing CR/LF into a form (every logged message stays on its own line, even
 * with Spring Security's debug logging on, which prints the e-mail typed), a password, or
 * a visitor's full IP address (only its network is logged and audited).
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTests {

	private static final String FORGED = "2026-01-01T00:00:00.000Z  WARN 1 --- [migrant-portal] forged: the admin password is ...";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void quiet() {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.security", null);
	}

	@Test
	void aLineTypedIntoTheLoginFormCannotStartALineOfTheLog(CapturedOutput output) {
		LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.security", LogLevel.DEBUG);
		String password = "password-marker-" + System.nanoTime();
		for (String breakIn : new String[] { "\r\n", "\n", "\r" }) {
			MockHttpServletResponse login = logIn("x" + System.nanoTime() + "@test.example" + breakIn + FORGED,
					password, "198.51.100.23");
			assertThat(login.getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(output.getAll()).as("the e-mail typed was logged").contains("forged");
		assertThat(output.getAll().lines().filter((line) -> line.startsWith(FORGED.substring(0, 10))))
			.as("lines that look like an entry of their own")
			.isEmpty();
		assertThat(output.getAll()).doesNotContain(password).doesNotContain("198.51.100.23");
	}

	@Test
	void aThrottledClientIsLoggedAndAuditedByItsNetworkAlone(CapturedOutput output) {
		String email = "guess-" + System.nanoTime() + "@test.example";
		int status = 0;
		for (int i = 0; i < 7 && status != 429; i++) {
			status = logIn(email, "guess " + i, "203.0.113.77").getStatus();
		}
		assertThat(status).isEqualTo(429);
		assertThat(this.mvc.post().uri("/admin/settings").with((request) -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		}).exchange().getResponse().getStatus()).as("a form without a token").isEqualTo(403);

		assertThat(output.getAll()).contains("from 203.0.113.0/24").doesNotContain("203.0.113.77");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'LOGIN_FAILED' and actor_email like ?",
					Integer.class, email.substring(0, 12) + "%") >= 5);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where summary like '%203.0.113.77%' or actor_email like '%203.0.113.77%'",
				Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from login_throttle t where t::text like '%203.0.113.77%'",
				Integer.class))
			.isZero();
	}

	/**
	 * Formatted by the console appender's own encoder rather than logged, so that a
	 * passing build prints no stack trace.
	 */
	@Test
	void aStackTraceStillFollowsItsMessage() {
		LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
		Encoder<ILoggingEvent> console = ((ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME)
			.getAppender("CONSOLE")).getEncoder();
		LoggingEvent event = new LoggingEvent(Logger.class.getName(), context.getLogger(LogHygieneTests.class),
				Level.WARN, "Something failed\r\nfor a reason", new IllegalStateException("the reason"), null);
		assertThat(new String(console.encode(event), StandardCharsets.UTF_8)).contains("Something failed for a reason")
			.contains("java.lang.IllegalStateException: the reason")
			.containsPattern("\n\tat org\\.migrantportal\\.operations\\.LogHygieneTests\\.");
	}

	private MockHttpServletResponse logIn(String email, String password, String address) {
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

}
