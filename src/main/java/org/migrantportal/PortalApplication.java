package org.migrantportal;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts the portal. Without {@code spring.datasource.url} it runs on an embedded
 * PostgreSQL ({@link EmbeddedPostgresConfiguration}); staff accounts never come with a
 * default password.
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableAsync
@EnableScheduling
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

	/** The time source of every rule that depends on "now", so tests can move it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
