package org.migrantportal.operations;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The restore drill of {@code ops/restore-drill.sh} (OPS-03, OPS-04), run on a real
 * backup of the test database and its media files: a complete backup restores with as
 * many rows as the live database, every media file present, and the portal migrates and
 * starts on the restored copy; a backup missing a media file, or a damaged dump, fails
 * the drill with a line saying why.
 */
@PortalWebTest
class RestoreDrillTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@TempDir
	private Path backup;

	@Test
	void aCompleteBackupRestoresAndTheNextReleaseStartsOnIt() throws Exception {
		Map<String, String> server = server();
		long id = new MediaTestSupport(this.context).upload(MediaTestSupport.editor(CountryScope.GEORGIA), "drill.png",
				MediaFixtures.png(900, 300));
		// the upload's audit entry is written after its commit: the backup is taken once
		// it is there
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from event_publication where completion_date is null", Long.class) == 0);
		Path dump = this.backup.resolve("portal.dump");
		Result dumped = run(server, List.of("pg_dump", "-Fc", "-f", dump.toString(), server.get("DATABASE")));
		assertThat(dumped.exit()).as(dumped.output()).isZero();
		Path media = copyOfMediaFolder();

		Map<String, String> environment = new HashMap<>(server);
		environment.put("DRILL_SOURCE_DB", server.get("DATABASE"));
		environment.put("DRILL_MAX_ORPHANED_REFERENCES", Long.toString(orphanedReferences()));
		environment.put("DRILL_PORTAL",
				"java -cp " + System.getProperty("java.class.path") + " org.migrantportal.PortalApplication");
		Result drill = run(environment, List.of("bash", "ops/restore-drill.sh", dump.toString(), media.toString()));
		assertThat(drill.exit()).as(drill.output()).isZero();
		assertThat(drill.output()).contains("every media file the database names is in")
			.contains("recovery point: the backup is 0 hours old (objective: at most 26)")
			.contains("0 revisions live are newer than the backup")
			.contains("migration rehearsal: the portal migrated the restored copy")
			.containsPattern("the portal on the restored copy served [1-9][0-9]* random pages of its sitemap")
			.containsPattern("recovery time: [0-9]+ s from the dump to served pages \\(objective: at most 1800 s\\)")
			.contains("restore drill passed");

		String key = this.jdbc.queryForObject("select storage_key from media_asset where id = ?", String.class, id);
		Files.delete(media.resolve(key));
		Result missing = run(server, List.of("bash", "ops/restore-drill.sh", dump.toString(), media.toString()));
		assertThat(missing.exit()).isNotZero();
		assertThat(missing.output()).contains("missing media file: " + media.resolve(key))
			.contains("restore drill FAILED");
	}

	@Test
	void aPublishedTextShowingAFileTheBackupDoesNotHaveFailsTheDrill() throws Exception {
		Map<String, String> server = server();
		long orphansBefore = orphanedReferences();
		ContentFixtures content = new ContentFixtures(this.context);
		long missing = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from media_asset", Long.class);
		Long page = content.publishedPageOnlyIn("ka", "ბროშურა " + System.nanoTime(),
				ContentFixtures.uniqueSlug("orphan"), "[ბროშურა](media:" + missing + ")");
		try {
			Path dump = this.backup.resolve("portal.dump");
			assertThat(run(server, List.of("pg_dump", "-Fc", "-f", dump.toString(), server.get("DATABASE"))).exit())
				.isZero();
			Map<String, String> environment = new HashMap<>(server);
			environment.put("DRILL_MAX_ORPHANED_REFERENCES", Long.toString(orphansBefore));
			Result drill = run(environment, List.of("bash", "ops/restore-drill.sh", dump.toString()));
			assertThat(drill.exit()).isNotZero();
			assertThat(drill.output()).contains("orphaned media references: published texts show media:")
				.contains(Long.toString(missing))
				.contains("restore drill FAILED");
		}
		finally {
			content.remove(page);
		}
	}

	@Test
	void aBackupOlderThanTheRecoveryPointFailsTheDrill() throws Exception {
		Map<String, String> server = server();
		Path dump = Files.write(this.backup.resolve("portal.dump"), new byte[] { 1 });
		Files.setLastModifiedTime(dump, FileTime.from(Instant.now().minus(Duration.ofDays(3))));
		Result drill = run(server, List.of("bash", "ops/restore-drill.sh", dump.toString()));
		assertThat(drill.exit()).isNotZero();
		assertThat(drill.output()).contains(
				"restore drill FAILED: the backup is 72 hours old, more than the recovery point objective of 26 hours");
	}

	/** Distinct files published texts show that have no row, as other tests left them. */
	private long orphanedReferences() {
		return this.jdbc.queryForObject("""
				select count(distinct ref) from (
				  select (regexp_matches(published_body_html, '"media:([0-9]{1,18})"', 'g'))[1] as ref
				  from content_page_translation where published_body_html is not null
				  union all select (regexp_matches(published_body_html, '"media:([0-9]{1,18})"', 'g'))[1]
				  from topic_translation where published_body_html is not null
				  union all select (regexp_matches(published_body_html, '"media:([0-9]{1,18})"', 'g'))[1]
				  from news_item_translation where published_body_html is not null) refs
				where not exists (select 1 from media_asset a where a.id = refs.ref::bigint)
				""", Long.class);
	}

	@Test
	void aDamagedDumpFailsTheDrill() throws Exception {
		Map<String, String> server = server();
		Path dump = this.backup.resolve("portal.dump");
		assertThat(
				run(server, List.of("pg_dump", "-Fc", "--schema-only", "-f", dump.toString(), server.get("DATABASE")))
					.exit())
			.isZero();
		byte[] whole = Files.readAllBytes(dump);
		Files.write(dump, java.util.Arrays.copyOf(whole, whole.length / 2));
		Result drill = run(server, List.of("bash", "ops/restore-drill.sh", dump.toString()));
		assertThat(drill.exit()).isNotZero();
		assertThat(drill.output()).contains("restore drill FAILED: pg_restore could not restore");
	}

	/**
	 * The test database's server for the PostgreSQL tools, when they can dump it (they
	 * cannot dump a server newer than themselves, such as the embedded one).
	 */
	private Map<String, String> server() throws Exception {
		TestDatabase.Connection database = TestDatabase.get();
		URI uri = URI.create(database.url().substring("jdbc:".length()));
		Map<String, String> environment = new HashMap<>();
		environment.put("PGHOST", uri.getHost());
		environment.put("PGPORT", Integer.toString((uri.getPort() > 0) ? uri.getPort() : 5432));
		environment.put("PGUSER", database.username());
		environment.put("PGPASSWORD", database.password());
		environment.put("DATABASE", uri.getPath().substring(1));
		Result tools = run(environment, List.of("pg_dump", "--version"));
		assumeThat(tools.exit()).as("pg_dump is on the PATH").isZero();
		int toolsMajor = Integer.parseInt(tools.output().replaceAll("(?s)^\\D*(\\d+).*$", "$1"));
		int serverMajor = this.jdbc.queryForObject("show server_version_num", Integer.class) / 10000;
		assumeThat(toolsMajor).as("pg_dump can dump this server").isGreaterThanOrEqualTo(serverMajor);
		return environment;
	}

	/**
	 * The backup of the media storage: the local folder, plus the files of rows other
	 * tests stored elsewhere (in a test's S3 bucket, or nowhere with a storage that
	 * failed on purpose), as their own storage's backup would hold them.
	 */
	private Path copyOfMediaFolder() throws IOException {
		Path live = Path.of(this.context.getEnvironment().getRequiredProperty("portal.media.folder"));
		Path copy = Files.createDirectories(this.backup.resolve("media"));
		try (Stream<Path> files = Files.list(live)) {
			for (Path file : files.toList()) {
				Files.copy(file, copy.resolve(file.getFileName()));
			}
		}
		List<String> named = this.jdbc.queryForList(
				"select storage_key from media_asset union all "
						+ "select storage_key || '-webp' from media_asset where webp_byte_size is not null union all "
						+ "select a.storage_key || '-w' || v.width from media_asset a "
						+ "join media_asset_variant v on v.media_asset_id = a.id union all "
						+ "select a.storage_key || '-w' || v.width || '-webp' from media_asset a "
						+ "join media_asset_variant v on v.media_asset_id = a.id where v.webp_byte_size is not null",
				String.class);
		for (String key : named) {
			if (!Files.exists(copy.resolve(key))) {
				Files.write(copy.resolve(key), new byte[] { 1 });
			}
		}
		return copy;
	}

	private static Result run(Map<String, String> environment, List<String> command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		}
		catch (IOException ex) {
			return new Result(127, ex.getMessage());
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command) + " finished").isTrue();
		return new Result(process.exitValue(), output);
	}

	private record Result(int exit, String output) {
	}

}
