package org.migrantportal;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PostRoutes;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole portal over real HTTP, through Tomcat, as a browser or a crawler meets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.page-cache.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
class PortalApplicationTests {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MessageSource messages;

	@Test
	void rootRedirectsByAcceptLanguageAndTheLanguageHomeRenders() throws Exception {
		HttpResponse<String> redirect = get("/", "Accept-Language", "hy,en;q=0.5");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/hy/"));
		HttpResponse<String> home = get("/hy/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(Jsoup.parse(home.body()).selectFirst("h1").text()).isEqualTo("Միգրանտների տեղեկատվական պորտալ");
	}

	@Test
	void malformedPathsGetTheFriendlyNotFoundPage() throws Exception {
		for (String path : new String[] { "/en/..%2f..%2fetc%2fpasswd", "/en/pages/a%00b", "/en/pages/a;jsessionid=1",
				"/en/pages/%2e%2e/%2e%2e/x", "/hy//help" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document page = Jsoup.parse(response.body());
			assertThat(page.selectFirst("h1")).as(path).isNotNull();
			assertThat(page.selectFirst("h1").text()).as(path)
				.isIn("Page not found", "გვერდი ვერ მოიძებნა", "Էջը չի գտնվել");
			assertThat(response.body()).as(path).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
			// whichever layer answered, a person in crisis still finds the emergency
			// number
			assertThat(page.select("a[href=tel:112]")).as(path).isNotEmpty();
		}
	}

	@Test
	void rawMalformedRequestLineNeverShowsServerInternals() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /en/pages/a%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 4")
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContain("Exception");
		}
	}

	@Test
	void pagesAreCompressedAndStaticAssetsCachedForLong() throws Exception {
		HttpResponse<byte[]> page = this.http.send(HttpRequest.newBuilder(uri("/ka/pages/migrantta-resurs-tsentrebi"))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		String css = Jsoup.parse(html).selectFirst("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<String> stylesheet = get(css);
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=604800"));
	}

	@Test
	void unchangedPageCostsOnlyANotModifiedAnswer() throws Exception {
		HttpResponse<String> first = get("/hy/help");
		assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("public").contains("max-age=0").contains("s-maxage="));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).as("strong").startsWith("\"");
		HttpResponse<String> again = get("/hy/help", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aPostFromAnotherWebsiteToAnyPublicFormGetsTheFriendly403PageInTheVisitorsLanguage() throws Exception {
		List<String> routes = PostRoutes.publicSite(this.context);
		assertThat(routes).isNotEmpty();
		for (String route : routes) {
			for (String tag : List.of("ka", "hy", "en")) {
				String path = route.replace("{locale}", tag);
				HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(uri(path))
					.header("Sec-Fetch-Site", "cross-site")
					.header("Origin", "https://elsewhere.example")
					// a network of its own: every post counts against its network's
					// allowance, which the tests on 127.0.0.1 share
					.header("X-Forwarded-For", anyPrivateAddress())
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("kind=PAGE&id=1&useful=no"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(refused.statusCode()).as(path).isEqualTo(403);
				Document page = Jsoup.parse(refused.body());
				assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo(tag);
				assertThat(page.selectFirst("h1").text()).as(path)
					.isEqualTo(this.messages.getMessage("error.403.title", null, Locale.forLanguageTag(tag)));
				assertThat(page.select("a[href=tel:112]")).as(path).isNotEmpty();
				assertThat(refused.body()).as(path).doesNotContainIgnoringCase("tomcat").doesNotContain("Exception");
			}
		}
	}

	@Test
	void healthEndpointAnswersWithoutDetails() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String anyPrivateAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(100, 250) + "." + random.nextInt(0, 256) + ".7";
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
