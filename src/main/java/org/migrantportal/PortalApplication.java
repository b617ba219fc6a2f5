package org.migrantportal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the portal. Without {@code spring.datasource.url} it runs on an embedded
 * PostgreSQL ({@link EmbeddedPostgresConfiguration}); staff accounts never come with a
 * default password. Which beans exist never depends on a setting (see
 * AheadOfTimeBeansTests), so the build can process the application ahead of time; the
 * packaged jar starts from what it worked out ({@link AheadOfTimeDefault}).
 */
// Spring Boot's mail sender waits for spring.mail.host in a condition, which the build's
// ahead-of-time processing would decide once: shared.OutgoingMail reads it at start
// instead
@SpringBootApplication(exclude = { UserDetailsServiceAutoConfiguration.class, MailSenderAutoConfiguration.class,
		MailHealthContributorAutoConfiguration.class })
@EnableAsync
@EnableScheduling
public class PortalApplication {

	public static void main(String[] args) {
		AheadOfTimeDefault.apply();
		SpringApplication.run(PortalApplication.class, args);
	}

	/** The time source of every rule that depends on "now", so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
