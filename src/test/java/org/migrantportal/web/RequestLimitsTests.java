package org.migrantportal.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.catalina.connector.Connector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits Tomcat puts on a request, over real HTTP: the longest text an editor may
 * save (100,000 Georgian characters, about 900 KB as a form) fits under the form limit of
 * 2 MB; a larger form is refused with the friendly page in the editor's language, never a
 * server error; headers over 8 KB are refused with 400 and no server internals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// Tomcat's note on the over-long header this test sends on purpose is not news
		properties = "logging.level.org.apache.coyote.http11.Http11Processor=warn")
@ContextConfiguration(initializers = TestDatabase.class)
class RequestLimitsTests {

	private static final String GEORGIAN = "მიგრანტს უფლება აქვს იცოდეს თავისი უფლებები. ";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private ContentFixtures content;

	private Long pageId;

	@BeforeEach
	void editorWithAPage() throws Exception {
		this.content = new ContentFixtures(this.context);
		this.pageId = this.content.publishedPageOnlyIn("ka", "სამუშაოს შეთავაზება",
				ContentFixtures.uniqueSlug("limits"), "ჯერ იკითხე.");
		String editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		Document login = Jsoup.parse(send(get("/login")).body());
		HttpResponse<String> loggedIn = send(post("/login", Map.of("email", editor, "password",
				AccountFixtures.PASSWORD, "_csrf", login.selectFirst("input[name=_csrf]").val())));
		assertThat(loggedIn.headers().firstValue("Location")).hasValue("/admin");
	}

	@AfterEach
	void removePage() {
		this.content.remove(this.pageId);
	}

	@Test
	void theLongestGeorgianTextAnEditorMaySaveIsSaved() throws Exception {
		String body = GEORGIAN.repeat(TranslationDraft.MAX_BODY / GEORGIAN.length());
		Map<String, String> form = editForm(body);
		assertThat(encode(form).length()).as("the form as sent").isGreaterThan(700_000);
		HttpResponse<String> saved = send(post("/admin/pages/" + this.pageId + "/ka", form));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select body_markdown from content_page_translation where page_id = ? and locale = 'ka'", String.class,
				this.pageId))
			.isEqualTo(body);
	}

	@Test
	void aFormOverTheLimitGetsTheFriendlyPageInTheEditorsLanguage() throws Exception {
		this.cookies.getCookieStore().add(URI.create(url("/")), cookie(LocaleChoice.COOKIE_NAME, "hy"));
		Map<String, String> form = editForm("ა".repeat(400_000));
		assertThat(encode(form).length()).as("the form as sent").isGreaterThan(3_000_000);
		HttpResponse<String> refused = send(post("/admin/pages/" + this.pageId + "/ka", form));
		assertThat(refused.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.selectFirst("h1")).isNotNull();
		assertThat(page.selectFirst("h1").text()).isEqualTo("Հարցումը հասկանալի չէ");
		assertThat(refused.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
		assertThat(this.jdbc.queryForObject(
				"select body_markdown from content_page_translation where page_id = ? and locale = 'ka'", String.class,
				this.pageId))
			.as("nothing saved")
			.isEqualTo("ჯერ იკითხე.");
	}

	@Test
	void aLoginFormOverTheLimitIsRefusedWithoutAServerError() throws Exception {
		HttpResponse<String> refused = send(post("/login",
				Map.of("email", "someone@test.example", "password", "x".repeat(3_000_000), "_csrf", "whatever")));
		assertThat(refused.statusCode()).isBetween(400, 499);
		assertThat(refused.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
	}

	@Test
	void headersOverTheLimitGetTheFriendly400PageWithTheSecurityHeaders() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET /hy/help HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(20_000)
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 400")
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContain("Exception")
				.containsIgnoringCase("content-security-policy:")
				.containsIgnoringCase("x-content-type-options: nosniff");
			Document page = Jsoup.parse(response.substring(response.indexOf("\r\n\r\n") + 4));
			assertThat(page.selectFirst("h1").text()).as("in the language of the address")
				.isEqualTo("Հարցումը հասկանալի չէ");
			assertThat(page.select("a[href^=tel:]")).as("the emergency numbers").isNotEmpty();
		}
	}

	@Test
	void headersUpToTheLimitAreAnswered() throws Exception {
		HttpResponse<String> answered = send(
				HttpRequest.newBuilder(URI.create(url("/en/help"))).header("X-Filler", "a".repeat(6_000)).build());
		assertThat(answered.statusCode()).isEqualTo(200);
	}

	@Test
	void tomcatRunsWithTheLimitsTheSettingsName() {
		Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) this.context).getWebServer())
			.getTomcat()
			.getConnector();
		assertThat(connector.getMaxPostSize()).isEqualTo(2 * 1024 * 1024);
		assertThat(connector.getProperty("maxSwallowSize")).isEqualTo(2 * 1024 * 1024);
		assertThat(connector.getProperty("connectionTimeout")).as("a silent client is dropped after 20 s")
			.isEqualTo(20_000);
		assertThat(connector.getProperty("maxHttpRequestHeaderSize")).isEqualTo(8 * 1024);
	}

	/** The page's edit form as the editor got it, with the text changed. */
	private Map<String, String> editForm(String bodyMarkdown) throws Exception {
		Document page = Jsoup.parse(send(get("/admin/pages/" + this.pageId + "/ka")).body());
		Element editForm = page.selectFirst("form:has(textarea[name=bodyMarkdown])");
		Map<String, String> form = new LinkedHashMap<>();
		editForm.select("input[name]:not([type=checkbox]):not([type=submit]), textarea[name]")
			.forEach((field) -> form.put(field.attr("name"), field.val()));
		form.put("bodyMarkdown", bodyMarkdown);
		return form;
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(url(path))).build();
	}

	private HttpRequest post(String path, Map<String, String> form) {
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build();
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static HttpCookie cookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		return cookie;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
