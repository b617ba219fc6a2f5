package org.migrantportal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.migrantportal.support.FreePorts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops the portal's PostgreSQL under load and starts it again, on a server of the test's
 * own (never the shared test database): public pages keep answering, a 200 or a friendly
 * 503 with {@code Retry-After} and the emergency numbers, none held longer than 5 seconds
 * and none a 500; readiness goes DOWN and comes back by itself; an editor's form sent
 * during the outage is kept for a retry, and nothing saved before it is lost.
 */
class DatabaseOutageTests {

	private static final String ADMIN_EMAIL = "outage-admin@test.example";

	private static final String ADMIN_PASSWORD = "ბაზა შეიძლება წავიდეს, ტექსტი კი დარჩეს";

	private static final List<String> PUBLIC_PATHS = List.of("/en/", "/ka/help", "/hy/", "/en/topics/labour-migration",
			"/ka/services", "/en/help");

	private static final long HELD_TOO_LONG_MILLIS = 5_000;

	@TempDir
	Path dataDirectory;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private String base;

	@Test
	void pagesKeepAnsweringWhileTheDatabaseIsAwayAndEverythingRecoversWithoutARestart() throws Exception {
		int databasePort = FreePorts.next();
		EmbeddedPostgres database = startDatabase(databasePort);
		try (ConfigurableApplicationContext portal = startPortal(databasePort)) {
			this.base = "http://localhost:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
			JdbcTemplate jdbc = portal.getBean(JdbcTemplate.class);
			logIn();
			assertThat(createTopic("Saved before the outage", "Text saved before the database went away.").statusCode())
				.isEqualTo(302);

			List<Answer> answers = new CopyOnWriteArrayList<>();
			AtomicReference<String> phase = new AtomicReference<>("before");
			AtomicBoolean running = new AtomicBoolean(true);
			ExecutorService visitors = Executors.newFixedThreadPool(3);
			for (int i = 0; i < 3; i++) {
				int offset = i;
				visitors.submit(() -> visit(offset, phase, running, answers));
			}
			Thread.sleep(1500);

			phase.set("outage");
			database.close();
			Thread.sleep(1000);
			HttpResponse<String> readiness = get("/actuator/health/readiness");
			assertThat(readiness.statusCode()).as("readiness while the database is away").isEqualTo(503);
			assertThat(get("/actuator/health/liveness").statusCode()).as("liveness is not the database's")
				.isEqualTo(200);

			String typed = "Typed while the database was away: ეს ტექსტი არ უნდა დაიკარგოს.";
			long sent = System.nanoTime();
			HttpResponse<String> keptForm = createTopic("Sent during the outage", typed);
			assertThat(elapsedMillis(sent)).as("the editor's answer came quickly").isLessThan(HELD_TOO_LONG_MILLIS);
			assertThat(keptForm.statusCode()).isEqualTo(503);
			assertThat(keptForm.headers().firstValue("Retry-After")).isPresent();
			Document keptPage = Jsoup.parse(keptForm.body());
			assertThat(keptPage.select("#outage-error").text()).as(keptPage.select("h1").text()).isNotBlank();
			assertThat(keptPage.select("textarea").eachText()).contains(typed);
			Thread.sleep(3000);

			phase.set("recovery");
			database = startDatabase(databasePort);
			long restarted = System.nanoTime();
			while (get("/actuator/health/readiness").statusCode() != 200) {
				assertThat(elapsedMillis(restarted)).as("readiness comes back by itself").isLessThan(30_000);
				Thread.sleep(250);
			}
			phase.set("after");
			Thread.sleep(1500);
			running.set(false);
			visitors.shutdown();
			assertThat(visitors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

			assertThat(answers).as("every request got an answer").allSatisfy((answer) -> {
				assertThat(answer.failure()).as(answer.toString()).isNull();
				assertThat(answer.millis()).as(answer.toString()).isLessThan(HELD_TOO_LONG_MILLIS);
				assertThat(answer.status()).as(answer.toString()).isIn(200, 503);
			});
			assertThat(answers).filteredOn((answer) -> answer.status() == 503).allSatisfy((answer) -> {
				assertThat(answer.retryAfter()).as(answer.toString()).isTrue();
				assertThat(answer.emergencyNumbers()).as(answer.toString()).isTrue();
			});
			assertThat(answers).filteredOn((answer) -> answer.phase().equals("outage"))
				.as("the outage was seen")
				.anySatisfy((answer) -> assertThat(answer.status()).isEqualTo(503));
			assertThat(answers).filteredOn((answer) -> answer.phase().equals("after"))
				.as("pages answer again without a restart")
				.isNotEmpty()
				.allSatisfy((answer) -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));

			assertThat(topicsTitled(jdbc, "Saved before the outage")).as("saved before: still there").isEqualTo(1);
			assertThat(topicsTitled(jdbc, "Sent during the outage")).as("sent during: clearly not saved").isZero();
			HttpResponse<String> retried = resend(keptPage);
			assertThat(retried.statusCode()).as("the kept form, sent again, saves").isEqualTo(302);
			assertThat(topicsTitled(jdbc, "Sent during the outage")).isEqualTo(1);
			assertThat(jdbc.queryForObject(
					"select t.body_markdown from topic_translation t where t.title = 'Sent during the outage'",
					String.class))
				.isEqualTo(typed);
		}
		finally {
			database.close();
		}
	}

	private void visit(int offset, AtomicReference<String> phase, AtomicBoolean running, List<Answer> answers) {
		int i = offset;
		while (running.get()) {
			String path = PUBLIC_PATHS.get(i++ % PUBLIC_PATHS.size());
			String during = phase.get();
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = get(path);
				answers.add(new Answer(during, path, response.statusCode(), elapsedMillis(start),
						response.headers().firstValue("Retry-After").isPresent(),
						response.body().contains("href=\"tel:112\""), null));
			}
			catch (Exception ex) {
				answers.add(new Answer(during, path, 0, elapsedMillis(start), false, false, ex.toString()));
			}
		}
	}

	private void logIn() throws Exception {
		HttpResponse<String> form = get("/login");
		String csrf = Jsoup.parse(form.body()).selectFirst("input[name=_csrf]").val();
		HttpResponse<String> loggedIn = post("/login",
				Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD, "_csrf", csrf));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private HttpResponse<String> createTopic(String title, String body) throws Exception {
		String csrf = csrfOf("/admin/topics/new");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", csrf);
		form.put("locale", "en");
		form.put("title", title);
		form.put("slug", "");
		form.put("summary", "");
		form.put("bodyMarkdown", body);
		return post("/admin/topics", form);
	}

	/** The CSRF token of the session, read from a form while the database is up. */
	private String csrf;

	private String csrfOf(String formPath) throws Exception {
		if (this.csrf == null) {
			Element field = Jsoup.parse(get(formPath).body()).selectFirst("input[name=_csrf]");
			assertThat(field).isNotNull();
			this.csrf = field.val();
		}
		return this.csrf;
	}

	private HttpResponse<String> resend(Document keptPage) throws Exception {
		Element form = keptPage.selectFirst("form[data-guard]");
		List<String[]> fields = new ArrayList<>();
		for (Element input : form.select("input[type=hidden], textarea")) {
			fields.add(new String[] { input.attr("name"), input.is("textarea") ? input.wholeText() : input.val() });
		}
		return send(HttpRequest.newBuilder(URI.create(this.base + form.attr("action")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		List<String[]> fields = form.entrySet()
			.stream()
			.map((entry) -> new String[] { entry.getKey(), entry.getValue() })
			.toList();
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(List<String[]> fields) {
		return fields.stream()
			.map((field) -> URLEncoder.encode(field[0], StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field[1], StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static int topicsTitled(JdbcTemplate jdbc, String title) {
		Integer count = jdbc.queryForObject("select count(*) from topic_translation where title = ?", Integer.class,
				title);
		return (count != null) ? count : 0;
	}

	private EmbeddedPostgres startDatabase(int port) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDirectory.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPort(port)
			.start();
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement();
				var exists = statement.executeQuery("select 1 from pg_database where datname = 'portal'")) {
			if (!exists.next()) {
				statement.execute("create database portal encoding 'UTF8' template template0");
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IOException(ex);
		}
		return postgres;
	}

	private static ConfigurableApplicationContext startPortal(int databasePort) {
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/portal",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--portal.admin.email=" + ADMIN_EMAIL, "--portal.admin.password=" + ADMIN_PASSWORD,
				// the admin logs in with the password alone: the second factor has its
				// own tests
				"--portal.mfa.required=false",
				// the outage is expected here: its warnings are not news
				"--logging.level.com.zaxxer.hikari=error", "--logging.level.org.hibernate.orm.jdbc.error=off",
				"--logging.level.org.springframework.boot.jdbc.health=error",
				"--logging.level.org.springframework.transaction.interceptor=off",
				"--logging.level.org.springframework.transaction.support=off");
	}

	private static long elapsedMillis(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}

	/** What one visitor's request got. */
	record Answer(String phase, String path, int status, long millis, boolean retryAfter, boolean emergencyNumbers,
			String failure) {

	}

}
