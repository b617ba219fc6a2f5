package org.migrantportal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.migrantportal.support.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar the build packages, started as docs/operations.md says an operator starts it:
 * from its extracted folder with the documented JVM settings, and without being told,
 * from the bean definitions the build worked out ahead of time (what
 * {@code -Dspring.aot.enabled=true} asks; {@link AheadOfTimeDefault}), on the embedded
 * default, on a machine where the embedded PostgreSQL's binaries were never unpacked. It
 * serves the Georgian home page and every page of its sitemap, search and the directory
 * (the queries Spring Data generated at build time among them), and a {@code SIGTERM}
 * ends it within 5 seconds with no ERROR line and no stack trace. Run by failsafe after
 * {@code package}.
 */
class PackagedJarTests {

	private static final Duration START_LIMIT = Duration.ofMinutes(3);

	@TempDir
	Path work;

	@Test
	void theAheadOfTimeProcessedJarServesPagesAndStopsCleanly() throws Exception {
		Path jar = packagedJar();
		Path app = extract(jar);
		Path log = this.work.resolve("portal.log");
		int port = FreePorts.next();
		List<String> command = new ArrayList<>(List.of(javaCommand(), "-XX:+UseSerialGC", "-Xss512k", "-Xms64m",
				"-Xmx256m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MaxMetaspaceSize=160m",
				"-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=32m", "-XX:+ExitOnOutOfMemoryError",
				// a temporary folder of its own: the embedded PostgreSQL's
				// binaries are
				// unpacked under these settings too, as on a machine's first
				// start
				"-Djava.io.tmpdir=" + Files.createDirectories(this.work.resolve("tmp")), "-jar",
				app.resolve(jar.getFileName()).toString(), "--server.port=" + port, "--spring.datasource.url=",
				"--portal.embedded-database.data-directory=" + this.work.resolve("data/postgres"),
				"--portal.embedded-database.port=" + FreePorts.next()));
		// the embedded PostgreSQL runs as an unprivileged user when started by root
		this.work.toFile().setExecutable(true, false);
		this.work.toFile().setReadable(true, false);
		// run in the temporary folder: the media folder and the like are relative to it
		Process portal = new ProcessBuilder(command).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			String base = "http://localhost:" + port;
			HttpResponse<String> home = awaitPage(portal, base + "/ka/", log);
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("მიგრანტთა საინფორმაციო პორტალი");
			// the queries the build generated ahead of time (Spring Data's AOT
			// repositories)
			// answer every public page: each of the sitemap, search and the directory's
			// filters
			List<String> paths = new ArrayList<>(Pattern.compile("<loc>https?://[^/]+([^<]*)</loc>")
				.matcher(get(base + "/sitemap.xml").body())
				.results()
				.map((match) -> match.group(1))
				.toList());
			assertThat(paths).hasSizeGreaterThan(30);
			paths.addAll(List.of("/en/search?q=visa", "/ka/search?q=%E1%83%95%E1%83%98%E1%83%96%E1%83%90",
					"/hy/search?q=%D5%A1%D5%B7%D5%AD%D5%A1%D5%BF%D5%A1%D5%B6%D6%84",
					"/en/services?country=GEORGIA&free=true", "/en/services?open=true",
					"/hy/services?country=ARMENIA&page=2", "/ka/help", "/en/news"));
			for (String path : paths) {
				HttpResponse<String> page = get(base + path);
				assertThat(page.statusCode()).as(path).isEqualTo(200);
				assertThat(page.body()).as(path).doesNotContain("Exception");
			}
			long stopAt = System.nanoTime();
			portal.destroy();
			assertThat(portal.waitFor(5, TimeUnit.SECONDS)).as("the portal exits within 5 s of SIGTERM").isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - stopAt)).isLessThan(Duration.ofSeconds(5));
			String output = Files.readString(log, StandardCharsets.UTF_8);
			// the packaged jar starts from the build's bean definitions unasked
			// (AheadOfTimeDefault); without them such a start fails
			assertThat(output).contains("Starting AOT-processed PortalApplication")
				.contains("Started PortalApplication");
			assertThat(output.lines().filter((line) -> line.contains(" ERROR ") || line.startsWith("\tat ")))
				.as(() -> "ERROR lines and stack traces in the log:\n" + output)
				.isEmpty();
		}
		finally {
			portal.destroyForcibly();
		}
	}

	private HttpResponse<String> awaitPage(Process portal, String url, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + START_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(portal.isAlive()).as(() -> "the portal is running; its log:\n" + read(log)).isTrue();
			try {
				HttpResponse<String> response = http.send(
						HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return response;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new AssertionError("no page within " + START_LIMIT + "; the log:\n" + read(log));
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private Path extract(Path jar) throws Exception {
		Path app = this.work.resolve("app");
		Process extract = new ProcessBuilder(javaCommand(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
				"--destination", app.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve("extract.log").toFile())
			.start();
		assertThat(extract.waitFor(2, TimeUnit.MINUTES)).isTrue();
		assertThat(extract.exitValue()).as(() -> read(this.work.resolve("extract.log"))).isZero();
		return app;
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("migrant-portal-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no jar in target/: run after mvn package"))
				.toAbsolutePath();
		}
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

}
