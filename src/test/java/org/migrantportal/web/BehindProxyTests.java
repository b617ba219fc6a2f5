package org.migrantportal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal behind a TLS proxy, over real HTTP through Tomcat. Proxy headers count only
 * from a trusted proxy (here 127.0.0.1, the default; a client on 127.0.0.2 is an
 * untrusted one); HTTPS gets HSTS and a {@code Secure}, {@code __Host-} session cookie;
 * no link or redirect ever takes another site's host from the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.secure-cookies=true")
@ContextConfiguration(initializers = TestDatabase.class)
class BehindProxyTests {

	private static final String PROXY = "127.0.0.1";

	private static final String UNTRUSTED = "127.0.0.2";

	private static final String FORWARDED = "X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n";

	@LocalServerPort
	private int port;

	@Test
	void aTrustedProxyGivesTheRealClientAddressAndHttps() {
		Answer answer = get(PROXY, "/proxy-echo", FORWARDED);
		assertThat(answer.body()).isEqualTo("203.0.113.9 secure");
	}

	@Test
	void forwardedHeadersFromAnUntrustedAddressAreIgnored() {
		Answer answer = get(UNTRUSTED, "/proxy-echo", FORWARDED + "X-Forwarded-Host: evil.example\r\n");
		assertThat(answer.body()).isEqualTo(UNTRUSTED + " plain");
	}

	@Test
	void httpsThroughTheProxySendsHstsAndPlainHttpDoesNot() {
		assertThat(get(PROXY, "/en/help", FORWARDED).header("strict-transport-security")).contains("max-age=");
		assertThat(get(UNTRUSTED, "/en/help", FORWARDED).header("strict-transport-security")).isNull();
		assertThat(get(PROXY, "/login", FORWARDED).header("strict-transport-security")).contains("max-age=");
	}

	@Test
	void theSessionCookieIsHostPrefixedSecureHttpOnlyAndLax() {
		Answer login = get(PROXY, "/login", FORWARDED);
		String cookie = login.headers()
			.stream()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
			.filter((line) -> line.contains("PORTAL_SESSION"))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("__Host-PORTAL_SESSION=")
			.contains("; Path=/")
			.contains("; Secure")
			.contains("; HttpOnly")
			.containsIgnoringCase("SameSite=Lax")
			.doesNotContainIgnoringCase("Domain=");
	}

	@Test
	void aForeignHostNeverAppearsInLinksFeedsSitemapsOrRedirects() {
		for (String path : new String[] { "/sitemap.xml", "/robots.txt", "/en/news/feed.atom", "/en/", "/en/help", "/",
				"/admin", "/language/en?next=/en/help" }) {
			for (String via : new String[] { PROXY, UNTRUSTED }) {
				Answer answer = get(via, path, "X-Forwarded-Host: evil.example\r\n", "evil.example");
				assertThat(answer.status()).as(path).isLessThan(500);
				assertThat(answer.raw()).as(via + " " + path).doesNotContain("evil.example");
			}
		}
		assertThat(get(PROXY, "/sitemap.xml", "").body()).as("an allowed host is used as it is")
			.contains("http://localhost:" + this.port + "/");
	}

	@Test
	void theActuatorIndexListsNothing() {
		Answer index = get(PROXY, "/actuator", "");
		assertThat(index.status()).isIn(401, 403, 404);
		assertThat(index.body()).doesNotContain("_links").doesNotContain("/actuator/health");
	}

	@Test
	void tomcatsOwnErrorPageCarriesTheSecurityHeaders() {
		Answer rejected = get(PROXY, "/en/pages/a%ZZ", "");
		assertThat(rejected.status()).isBetween(400, 499);
		assertThat(rejected.header("content-security-policy")).contains("base-uri 'none'")
			.contains("frame-ancestors 'none'");
		assertThat(rejected.header("cross-origin-opener-policy")).isEqualTo("same-origin");
		assertThat(rejected.header("x-content-type-options")).isEqualTo("nosniff");
	}

	@Test
	void everyPageSendsBaseUriNoneAndCrossOriginOpenerPolicy() {
		for (String path : new String[] { "/en/help", "/login" }) {
			Answer page = get(PROXY, path, "");
			assertThat(page.header("content-security-policy")).as(path).contains("base-uri 'none'");
			assertThat(page.header("cross-origin-opener-policy")).as(path).isEqualTo("same-origin");
		}
	}

	private Answer get(String from, String path, String headers) {
		return get(from, path, headers, "localhost:" + this.port);
	}

	/**
	 * One request over a socket bound to {@code from}, as a proxy or a client would send
	 * it.
	 */
	private Answer get(String from, String path, String headers, String host) {
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), this.port, InetAddress.getByName(from),
				0)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + headers + "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			List<String> lines = new ArrayList<>(List.of(raw.substring(0, end).split("\r\n")));
			int status = Integer.parseInt(lines.remove(0).split(" ")[1]);
			return new Answer(status, lines, raw.substring(end + 4), raw);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Answer(int status, List<String> headers, String body, String raw) {

		String header(String name) {
			return this.headers.stream()
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(name + ":"))
				.map((line) -> line.substring(name.length() + 1).strip())
				.findFirst()
				.orElse(null);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	@Import(ProxyEcho.class)
	static class ProxyEchoConfiguration {

	}

	/** Shows what the application sees of the client: its address and the scheme. */
	@RestController
	static class ProxyEcho {

		@GetMapping("/proxy-echo")
		String echo(HttpServletRequest request) {
			return request.getRemoteAddr() + (request.isSecure() ? " secure" : " plain");
		}

	}

}
