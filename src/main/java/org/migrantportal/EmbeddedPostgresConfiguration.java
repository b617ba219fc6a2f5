package org.migrantportal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The portal's connection pool: on the PostgreSQL server {@code spring.datasource.url}
 * names, or, when none is set, on an embedded PostgreSQL started from the binaries a
 * Maven artifact ships, keeping its data in
 * {@code portal.embedded-database.data-directory} across restarts. The choice is made
 * when the pool is created, not by a condition on the setting, so a start processed ahead
 * of time by the build (Spring AOT, which fixes the beans before any setting is known)
 * still honours {@code SPRING_DATASOURCE_URL}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	private static final String DATABASE = "portal";

	/**
	 * The embedded server when no server is configured (started early by
	 * {@link EmbeddedPostgresStart}); stopped as the last bean Spring destroys (after the
	 * pool, which depends on it).
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedPostgres(DataSourceProperties dataSource, EmbeddedDatabaseProperties properties,
			ObjectProvider<EmbeddedPostgresStart.Started> started) throws IOException {
		if (StringUtils.hasText(dataSource.getUrl())) {
			return new EmbeddedDatabase(null);
		}
		EmbeddedPostgresStart.Started early = started.getIfAvailable();
		return new EmbeddedDatabase((early != null) ? early.take() : startServer(properties));
	}

	/**
	 * Starts the server (stopped by Spring after the pool, not by a JVM shutdown hook of
	 * its own racing Spring's) and makes sure the portal's database exists on it.
	 */
	static EmbeddedPostgres startServer(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory();
		Files.createDirectories(dataDirectory.getParent() != null ? dataDirectory.getParent() : dataDirectory);
		logger.info("No spring.datasource.url: starting the embedded PostgreSQL in {}", dataDirectory.toAbsolutePath());
		EmbeddedPostgres postgres;
		try {
			Path binaries = EmbeddedPostgresBinaries.defaultWorkingDirectory();
			EmbeddedPostgresBinaries.unpack(binaries);
			postgres = EmbeddedPostgres.builder()
				.setOverrideWorkingDirectory(binaries.toFile())
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				.setRegisterShutdownHook(false)
				.start();
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("The embedded PostgreSQL cannot start (this build may lack its binaries: "
					+ "set SPRING_DATASOURCE_URL to use a PostgreSQL server)", ex);
		}
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement();
				var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
			if (!exists.next()) {
				statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
			}
		}
		catch (java.sql.SQLException ex) {
			postgres.close();
			throw new IllegalStateException("Cannot create the embedded database", ex);
		}
		return postgres;
	}

	/**
	 * The pool, with the same {@code spring.datasource.hikari.*} settings (timeouts) on
	 * the configured server as on the embedded one.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties, EmbeddedDatabase embedded) {
		if (embedded.postgres() == null) {
			return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		}
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(embedded.postgres().getJdbcUrl("postgres", DATABASE))
			.username("postgres")
			.build();
	}

	/** The embedded server, or none when a server is configured. */
	record EmbeddedDatabase(EmbeddedPostgres postgres) implements Closeable {

		@Override
		public void close() throws IOException {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}

	}

}
