package org.migrantportal;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedDatabasePropertiesTests {

	@Test
	void defaultsToTheDataFolderAndPortOfTheReadme() {
		EmbeddedDatabaseProperties properties = PropertiesBinding.bind(EmbeddedDatabaseProperties.class, Map.of());
		assertThat(properties.dataDirectory()).as("relative to the working directory")
			.isEqualTo(Path.of("data", "postgres"));
		assertThat(properties.port()).isEqualTo(54329);
	}

	@Test
	void bindsTheFolderAndPortGiven() {
		EmbeddedDatabaseProperties properties = PropertiesBinding.bind(EmbeddedDatabaseProperties.class,
				Map.of("portal.embedded-database.data-directory", "/var/lib/portal", "portal.embedded-database.port",
						"15432"));
		assertThat(properties.dataDirectory()).isEqualTo(Path.of("/var/lib/portal"));
		assertThat(properties.port()).isEqualTo(15432);
	}

	@Test
	void rejectsAPortOutsideTheTcpRange() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> PropertiesBinding.bind(EmbeddedDatabaseProperties.class,
					Map.of("portal.embedded-database.port", "70000")))
			.withMessageContaining("portal.embedded-database");
	}

}
