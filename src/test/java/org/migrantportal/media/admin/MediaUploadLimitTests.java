package org.migrantportal.media.admin;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over real HTTP, where Tomcat enforces the multipart limits: a file just under
 * the media library's limit is stored; one over it gets the friendly 413 page in the
 * editor's language, never a server error, and nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class MediaUploadLimitTests {

	private static final String BOUNDARY = "media-limit-boundary";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MessageSource messages;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private MediaTestSupport media;

	@BeforeEach
	void editorLoggedIn() throws Exception {
		this.media = new MediaTestSupport(this.context);
		String editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		HttpResponse<String> loggedIn = send(
				form("/login", Map.of("email", editor, "password", AccountFixtures.PASSWORD, "_csrf", csrf("/login"))));
		assertThat(loggedIn.headers().firstValue("Location")).hasValue("/admin");
		HttpCookie language = new HttpCookie(LocaleChoice.COOKIE_NAME, "ka");
		language.setPath("/");
		language.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(url("/")), language);
	}

	@Test
	void aFileOverTheLimitGetsTheFriendly413PageAndNothingIsStored() throws Exception {
		long rows = this.media.rows();
		long files = this.media.storedFiles();
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 200 * 1024];
		HttpResponse<String> refused = send(upload("huge.png", tooLarge));
		assertThat(refused.statusCode()).isEqualTo(413);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.selectFirst("h1").text())
			.isEqualTo(this.messages.getMessage("error.400.title", null, Locale.forLanguageTag("ka")));
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(refused.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
		assertThat(this.media.rows()).isEqualTo(rows);
		assertThat(this.media.storedFiles()).isEqualTo(files);
	}

	@Test
	void aFileUnderTheLimitIsStored() throws Exception {
		long rows = this.media.rows();
		HttpResponse<String> stored = send(upload("leaflet.pdf", MediaFixtures.pdf()));
		assertThat(stored.statusCode()).isEqualTo(302);
		assertThat(this.media.rows()).isEqualTo(rows + 1);
	}

	private HttpRequest upload(String name, byte[] bytes) throws Exception {
		String token = csrf("/admin/media");
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(url("/admin/media")))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private String csrf(String path) throws Exception {
		Document page = Jsoup.parse(send(HttpRequest.newBuilder(URI.create(url(path))).build()).body());
		return page.selectFirst("input[name=_csrf]").val();
	}

	private HttpRequest form(String path, Map<String, String> fields) {
		String encoded = fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + java.net.URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encoded))
			.build();
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
