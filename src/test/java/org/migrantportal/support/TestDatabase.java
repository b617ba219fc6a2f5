package org.migrantportal.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real PostgreSQL every test runs against, one per test run: the server named by
 * {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME} and
 * {@code TEST_DATABASE_PASSWORD}); else a Testcontainers container when Docker is
 * available; else an embedded PostgreSQL from the binaries a Maven artifact ships. Never
 * H2. Tests run with demo data on ({@code portal.demo-data=true}) unless a test sets it,
 * so whichever context starts first imports the initial listings with their sample
 * records, as the tests of sample data expect. A second factor is not required
 * ({@code portal.mfa.required=false}) unless a test sets it.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static Connection connection;

	/** How to reach the test database. */
	public record Connection(String url, String username, String password, String kind) {
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Connection database = get();
		TestPropertyValues
			.of("spring.datasource.url=" + database.url(), "spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password())
			.applyTo(context);
		if (!context.getEnvironment().containsProperty("spring.datasource.hikari.maximum-pool-size")) {
			// a test run keeps a dozen and more contexts, each with its pool, on one
			// server
			// of 100 connections: a context at rest keeps one connection
			TestPropertyValues
				.of("spring.datasource.hikari.maximum-pool-size=5", "spring.datasource.hikari.minimum-idle=1",
						"spring.datasource.hikari.idle-timeout=10000")
				.applyTo(context);
		}
		if (!context.getEnvironment().containsProperty("portal.page-cache.enabled")) {
			// tests that write rows directly would read pages cached before; the page
			// cache's own tests turn it on
			TestPropertyValues.of("portal.page-cache.enabled=false").applyTo(context);
		}
		if ("./data/media".equals(context.getEnvironment().getProperty("portal.media.folder"))) {
			// uploads of tests go to the build folder, never beside a developer's own
			// data
			TestPropertyValues.of("portal.media.folder=target/test-media").applyTo(context);
		}
		if ("3".equals(context.getEnvironment().getProperty("portal.session.per-account"))) {
			// tests log the same fixture accounts in again and again; the limit's own
			// test
			// sets another
			TestPropertyValues.of("portal.session.per-account=1000").applyTo(context);
		}
		if (!context.getEnvironment().containsProperty("portal.demo-data")) {
			TestPropertyValues.of("portal.demo-data=true").applyTo(context);
		}
		if (!context.getEnvironment().containsProperty("portal.mfa.required")) {
			// tests log admins in with their password; the tests of the second factor
			// require it themselves
			TestPropertyValues.of("portal.mfa.required=false").applyTo(context);
		}
	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Connection start() {
		String url = System.getenv("TEST_DATABASE_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, envOr("TEST_DATABASE_USERNAME", "postgres"), envOr("TEST_DATABASE_PASSWORD", ""),
					"existing server");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the temporary cluster goes with it
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL", ex);
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

}
