package org.migrantportal;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the embedded PostgreSQL keeps its data and which port it listens on
 * ({@code portal.embedded-database.*}); read only when no {@code spring.datasource.url}
 * is set.
 *
 * @param dataDirectory the folder of the database files, kept across restarts
 * @param port the local port of the embedded server
 */
@ConfigurationProperties("portal.embedded-database")
@Validated
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") @NotNull Path dataDirectory,
		@DefaultValue("54329") @Min(1) @Max(65535) int port) {

}
