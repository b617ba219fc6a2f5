package org.migrantportal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Runs the portal on an embedded PostgreSQL when no database server is configured (no
 * {@code spring.datasource.url}): the server comes from the binaries a Maven artifact
 * ships and keeps its data in {@code portal.embedded-database.data-directory} across
 * restarts. With a configured server, nothing here starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	private static final String DATABASE = "portal";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = properties.dataDirectory();
		Files.createDirectories(dataDirectory.getParent() != null ? dataDirectory.getParent() : dataDirectory);
		logger.info("No spring.datasource.url: starting the embedded PostgreSQL in {}", dataDirectory.toAbsolutePath());
		EmbeddedPostgres postgres;
		try {
			postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setPort(properties.port())
				// stopped as the last bean Spring destroys (after the pool), not by a JVM
				// shutdown hook of its own racing Spring's
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
			throw new IllegalStateException("Cannot create the embedded database", ex);
		}
		return postgres;
	}

	/**
	 * The pool on the embedded server, with the same {@code spring.datasource.hikari.*}
	 * settings (timeouts) as a configured server's.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.getJdbcUrl("postgres", DATABASE))
			.username("postgres")
			.build();
	}

	/** Matches when no JDBC URL is configured. */
	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
