package org.migrantportal.cluster;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.migrantportal.PortalApplication;
import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the portal on one database, as behind a load balancer without sticky
 * sessions, started at the same moment on an empty database of their own: both start (one
 * imports the initial content, the other waits for it), a login on one is valid on the
 * other, a publication on one is public on the other at once, a scheduled publication
 * runs once, and failed logins and searches count across both.
 */
class TwoNodeTests {

	private static final String ADMIN = "cluster-admin@test.example";

	private static final String ADMIN_PASSWORD = "ორი კვანძი ერთ მონაცემთა ბაზაზე მუშაობს";

	private static final Actor REVIEWER = new Actor(-2L, "reviewer@test.example", StaffRole.REVIEWER, CountryScope.BOTH,
			null, false);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("PORTAL_SESSION=([^;]*)");

	private static String databaseName;

	private static String databaseUrl;

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoNodesAtOnceOnAnEmptyDatabase() throws Exception {
		TestDatabase.Connection server = TestDatabase.get();
		databaseName = "two_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute(server.url(), server, "create database " + databaseName + " encoding 'UTF8' template template0");
		databaseUrl = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + databaseName + "$1");
		// the nodes start at the same moment; only Spring Boot's logging set-up, which
		// one
		// JVM cannot run twice at once, goes one after the other
		CountDownLatch loggingReady = new CountDownLatch(1);
		CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(
				() -> start(server, new LoggingStep(Ordered.HIGHEST_PRECEDENCE + 21, loggingReady::countDown)));
		CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture
			.supplyAsync(() -> start(server, new LoggingStep(Ordered.HIGHEST_PRECEDENCE, () -> waitFor(loggingReady))));
		nodeA = a.join();
		nodeB = b.join();
	}

	@AfterAll
	static void stopNodes() throws SQLException {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeA, nodeB }) {
			if (node != null) {
				node.close();
			}
		}
		TestDatabase.Connection server = TestDatabase.get();
		execute(server.url(), server, "drop database if exists " + databaseName + " with (force)");
	}

	@Test
	void bothNodesStartedAndTheInitialContentWasImportedOnce() {
		JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);
		assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, ADMIN)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from topic", Long.class)).isPositive();
		assertThat(jdbc.queryForObject(
				"select count(*) from (select content_key from topic group by content_key having count(*) > 1) twice",
				Long.class))
			.isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from (select topic_id, locale from topic_translation group by topic_id, locale"
						+ " having count(*) > 1) twice",
				Long.class))
			.isZero();
	}

	@Test
	void aLoginOnNodeAIsValidOnNodeB() throws Exception {
		String session = logIn(nodeA, ADMIN, ADMIN_PASSWORD);
		HttpResponse<String> onB = get(nodeB, "/admin", session);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("action=\"/logout\"");
		HttpResponse<String> publicPage = get(nodeB, "/en/", null);
		assertThat(publicPage.statusCode()).isEqualTo(200);
		assertThat(publicPage.headers().firstValue("Set-Cookie")).as("public pages set no cookie").isEmpty();
	}

	@Test
	void aPublicationOnNodeAIsPublicOnNodeBAtOnce() throws Exception {
		String slug = ContentFixtures.uniqueSlug("two-nodes");
		assertThat(get(nodeB, "/en/news/" + slug, null).statusCode()).isEqualTo(404);
		new ContentFixtures(nodeA).publishedNews(CountryScope.GEORGIA, null, false, "en", "Published on node A", slug);
		HttpResponse<String> onB = get(nodeB, "/en/news/" + slug, null);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Published on node A");
	}

	@Test
	void aScheduledPublicationIsMadeOnceByOneOfTheNodes() throws Exception {
		String slug = ContentFixtures.uniqueSlug("scheduled");
		Long id = new ContentFixtures(nodeA).draftNews(CountryScope.GEORGIA, "en", "Scheduled on two nodes", slug,
				"Text.");
		long version = nodeA.getBean(ContentEditingService.class)
			.getTranslation(REVIEWER, ContentKind.NEWS, id, "en")
			.version();
		nodeA.getBean(ContentWorkflow.class)
			.schedule(REVIEWER, ContentKind.NEWS, id, "en", Instant.now().plusSeconds(2), null, version);
		JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
		String published = "select count(*) from audit_entry where action = 'NEWS_PUBLISHED_ON_SCHEDULE'"
				+ " and subject_id = ?";
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.queryForObject(published, Long.class, id)).isPositive());
		// both nodes' schedulers run every half second; give them several more turns
		Thread.sleep(2000);
		assertThat(jdbc.queryForObject(published, Long.class, id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from scheduled_job_lock where name = 'scheduled-publishing'",
				Long.class))
			.isEqualTo(1);
		assertThat(get(nodeB, "/en/news/" + slug, null).body()).contains("Scheduled on two nodes");
	}

	@Test
	void failedLoginsCountOnEveryNode() throws Exception {
		String editor = new AccountFixtures(nodeA).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		for (int i = 0; i < 5; i++) {
			ConfigurableApplicationContext node = (i % 2 == 0) ? nodeA : nodeB;
			assertThat(tryLogIn(node, editor, "wrong password " + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}
		HttpResponse<String> refused = tryLogIn(nodeA, editor, AccountFixtures.PASSWORD);
		assertThat(refused.statusCode()).as("three failures on A and two on B").isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(tryLogIn(nodeB, editor, AccountFixtures.PASSWORD).statusCode()).isEqualTo(429);
	}

	@Test
	void searchesCountOnEveryNodeAndTheRefusalIsAFriendlyPageInTheVisitorsLanguage() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(get((i < 3) ? nodeA : nodeB, "/en/search?q=visa", null).statusCode()).isEqualTo(200);
		}
		HttpResponse<String> refused = get(nodeB, "/ka/search?q=visa", null);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 13L);
		assertThat(refused.body()).contains("lang=\"ka\"").contains("მეტისმეტად ბევრი მცდელობა");
	}

	private static void waitFor(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Runs an action just before (order above Spring Boot's logging listener) or just
	 * after (order below it) a node sets up logging.
	 */
	record LoggingStep(int order,
			Runnable action) implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			this.action.run();
		}

		@Override
		public int getOrder() {
			return this.order;
		}

	}

	private static ConfigurableApplicationContext start(TestDatabase.Connection server, LoggingStep loggingStep) {
		// arguments, so that they win over application.properties
		return new SpringApplicationBuilder(PortalApplication.class).listeners(loggingStep)
			.run("--server.port=0", "--spring.datasource.url=" + databaseUrl,
					"--spring.datasource.username=" + server.username(),
					"--spring.datasource.password=" + server.password(), "--portal.demo-data=false",
					"--portal.admin.email=" + ADMIN, "--portal.admin.password=" + ADMIN_PASSWORD,
					// the admin logs in with the password alone: the second factor has
					// its
					// own tests
					"--portal.mfa.required=false", "--portal.schedule.interval=PT0.5S",
					"--portal.schedule.initial-delay=PT0.5S", "--portal.rate-limit.search-per-minute=5",
					"--spring.main.banner-mode=off");
	}

	private String logIn(ConfigurableApplicationContext node, String email, String password) throws Exception {
		HttpResponse<String> response = tryLogIn(node, email, password);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin");
		return cookieOf(response);
	}

	private HttpResponse<String> tryLogIn(ConfigurableApplicationContext node, String email, String password)
			throws Exception {
		HttpResponse<String> form = get(node, "/login", null);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("email", email);
		fields.put("password", password);
		fields.put("_csrf", csrf.group(1));
		String body = fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(uri(node, "/login"))
			.header("Cookie", cookieOf(form))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookieOf(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map((matcher) -> "PORTAL_SESSION=" + matcher.group(1))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static void execute(String url, TestDatabase.Connection server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
