package org.migrantportal.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spellings of a back-office path (AC-06) that a path matcher and the dispatcher might
 * read differently: case, matrix parameters, encoded characters, dot segments, doubled
 * and trailing slashes, suffixes. Sent raw through Tomcat (MockMvc would normalise them
 * before the security filters), none shows the accounts page to an anonymous visitor or
 * to an editor: each is refused (400, 403, 404) or sent to the login page, never a 200
 * and never a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class BackOfficePathTricksTests {

	static final List<String> TRICKS = List.of("/ADMIN/accounts", "/ADMIN", "/Admin/accounts", "/admin/Accounts",
			"/admin;x=1/accounts", "/admin/accounts;jsessionid=1", "/admin/accounts;x=1", "/admin%2Faccounts",
			"/admin%2faccounts", "/admin/./accounts", "/admin/../admin/accounts", "/x/../admin/accounts",
			"/admin/%2e/accounts", "//admin/accounts", "/admin//accounts", "/admin/accounts/", "/admin/accounts//",
			"/admin/accounts.html", "/admin/accounts.json", "/%61dmin/accounts", "/admin/%61ccounts",
			"/admin/accounts%20", "/admin/accounts%00", "/admin/accounts%3Bx", "/admin/accounts?x=/../",
			"/admin/accounts/%2e", "/admin%5Caccounts");

	/** Text only the accounts list has. */
	private static final List<String> ACCOUNTS_PAGE = List.of("href=\"/admin/accounts/new\"",
			"<td><a href=\"/admin/accounts/");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Test
	void theAccountsPageIsThereForAnAdminAndRefusedToOthersAtItsOwnPath() throws Exception {
		AccountFixtures accounts = new AccountFixtures(this.context);
		Map<String, String> admin = logIn(accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null));
		HttpResponse<String> page = get("/admin/accounts", admin);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(showsAccounts(page)).as("the check recognises the accounts page").isTrue();

		Map<String, String> editor = logIn(accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null));
		assertThat(get("/admin/accounts", editor).statusCode()).isEqualTo(403);
		assertThat(get("/admin/accounts", new LinkedHashMap<>()).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void noSpellingOfTheAccountsPathShowsItToAnAnonymousVisitor() throws Exception {
		assertThat(failures("anonymous", new LinkedHashMap<>())).isEmpty();
	}

	@Test
	void noSpellingOfTheAccountsPathShowsItToAnEditor() throws Exception {
		String editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		assertThat(failures("editor", logIn(editor))).isEmpty();
	}

	private List<String> failures(String who, Map<String, String> cookies) throws Exception {
		List<String> failures = new ArrayList<>();
		Map<String, String> answers = new LinkedHashMap<>();
		for (String path : TRICKS) {
			HttpResponse<String> response = get(path, cookies);
			int status = response.statusCode();
			String location = response.headers().firstValue("Location").orElse("");
			answers.put(path, status + (location.isEmpty() ? "" : " " + location.replaceFirst("^https?://[^/]+", "")));
			boolean toLogin = status >= 300 && status < 400
					&& location.replaceFirst("^https?://[^/]+", "").equals("/login");
			boolean refused = status == 400 || status == 403 || status == 404;
			if (showsAccounts(response) || !(refused || toLogin)) {
				failures.add(who + " " + path + " answered " + status + " " + location
						+ (showsAccounts(response) ? " WITH THE ACCOUNTS PAGE" : ""));
			}
			else if (status >= 300 && status < 400) {
				// wherever a redirect leads, the page is not there either
				HttpResponse<String> next = get(location.replaceFirst("^https?://[^/]+", ""), cookies);
				if (showsAccounts(next) || next.statusCode() >= 500) {
					failures.add(who + " " + path + " -> " + location + " answered " + next.statusCode());
				}
			}
		}
		System.out.println("BackOfficePathTricksTests " + who + ": " + answers);
		return failures;
	}

	private static boolean showsAccounts(HttpResponse<String> response) {
		return ACCOUNTS_PAGE.stream().anyMatch(response.body()::contains);
	}

	/** Logs in through the real form and returns the session's cookies. */
	private Map<String, String> logIn(String email) throws Exception {
		Map<String, String> cookies = new LinkedHashMap<>();
		HttpResponse<String> form = get("/login", cookies);
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the login form has a CSRF token").isTrue();
		String body = Map.of("email", email, "password", AccountFixtures.PASSWORD, "_csrf", csrf.group(1))
			.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)), cookies);
		assertThat(login.headers().firstValue("Location")).as("login of " + email)
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin"));
		return cookies;
	}

	private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET(), cookies);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) throws Exception {
		if (!cookies.isEmpty()) {
			request.header("Cookie",
					cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		response.headers().allValues("Set-Cookie").forEach((header) -> {
			String pair = header.split(";", 2)[0];
			int equals = pair.indexOf('=');
			cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
		});
		return response;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
