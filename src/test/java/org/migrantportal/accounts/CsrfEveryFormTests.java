package org.migrantportal.accounts;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.PostRoutes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every form of the application, found from the handler mappings rather than listed by
 * hand, refuses a POST without a CSRF token from a logged-in admin with 403 and changes
 * nothing, so a page on another site cannot make a staff member's browser act for them.
 * The same holds for logging in and out, which no controller handles.
 */
@PortalWebTest
class CsrfEveryFormTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	/**
	 * Anonymous visitors' forms on the public chain, which keeps no session and so has no
	 * token: named here on purpose, so that a new one is a decision someone made. Every
	 * public post, named here or not, is refused when another website's page sends it
	 * (the tests below find them from the handler mappings).
	 */
	private static final List<String> PUBLIC_FORMS = List.of("/{locale}/feedback", "/{locale}/help/call-back",
			"/{locale}/tools/job-offer-check");

	/** Tables that change without anyone acting: sessions, throttles, locks, events. */
	private static final List<String> BOOKKEEPING = List.of("spring_session", "spring_session_attributes",
			"audit_entry", "event_publication", "event_publication_archive", "rate_limit_bucket", "login_throttle",
			"scheduled_job_lock", "flyway_schema_history");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private String admin;

	private String editor;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.admin = this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		this.editor = this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
	}

	@Test
	void everyPostOfTheApplicationWithoutATokenIsForbiddenAndChangesNothing() {
		List<String> posts = postRoutes();
		assertThat(posts).as("the forms found").hasSizeGreaterThan(40).contains("/admin/accounts/{id}/enabled");
		MockHttpSession session = BackOffice.logIn(this.mvc, this.admin, AccountFixtures.PASSWORD);
		awaitAudit("LOGIN_SUCCEEDED", 1);
		Map<String, String> before = fingerprint();
		long lastAudit = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);

		// a network of its own, so that the trail's limit per network is not used up
		String client = "10.202." + (System.nanoTime() % 250) + ".7";
		for (String route : posts) {
			MockMvcRequestBuilder post = this.mvc.post().uri(filled(route)).session(session).with((request) -> {
				request.setRemoteAddr(client);
				return request;
			});
			// what a real form of that page would send, all but the token
			post.param("enabled", "false").param("version", "0").param("preview", "");
			assertThat(post.exchange().getResponse().getStatus()).as("POST " + route).isEqualTo(403);
		}

		assertThat(this.mvc.get().uri("/admin").session(session).exchange().getResponse().getStatus())
			.as("the admin is still logged in")
			.isEqualTo(200);
		awaitAudit("REQUEST_CSRF_REJECTED", 1);
		assertThat(this.jdbc.queryForList("select distinct action from audit_entry where id > ? and actor_email = ?",
				String.class, lastAudit, this.admin))
			.as("the trail notes the refusals and nothing else")
			.containsOnly("REQUEST_CSRF_REJECTED");
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void everyPostIsServedByTheBackOfficeChainWhereTokensAreChecked() {
		// the public chain has CSRF off: a form there would be open to any other site
		assertThat(postRoutes()).allSatisfy((route) -> assertThat(PostRoutes.isBackOffice(route)).as(route).isTrue());
	}

	@Test
	void everyPublicPostFromAnotherWebsiteIsRefusedBeforeAnyControllerAndChangesNothing() {
		List<String> routes = PostRoutes.publicSite(this.context);
		assertThat(routes).as("the public forms found").containsAll(PUBLIC_FORMS);
		Map<String, String> before = fingerprint();
		for (String route : routes) {
			for (Map<String, String> headers : List.of(Map.of("Sec-Fetch-Site", "cross-site"),
					Map.of("Origin", "https://elsewhere.example"),
					Map.of("Sec-Fetch-Site", "cross-site", "Origin", "null"),
					Map.of("Sec-Fetch-Site", "same-origin", "Origin", "https://localhost.elsewhere.example"))) {
				MvcTestResult result = publicPost(route, headers).param("kind", "PAGE")
					.param("id", String.valueOf(anyId("content_page")))
					.param("useful", "no")
					.exchange();
				assertThat(result.getResponse().getStatus()).as("POST " + route + " " + headers).isEqualTo(403);
				assertThat(result.getMvcResult().getHandler()).as("the controller of " + route).isNull();
			}
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void everyPublicPostFromTheSiteItselfReachesItsForm() {
		for (String route : PostRoutes.publicSite(this.context)) {
			for (Map<String, String> headers : List.of(
					Map.of("Sec-Fetch-Site", "same-origin", "Origin", "http://localhost"),
					Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "null"), Map.<String, String>of())) {
				// an empty form: its controller answers what is missing, and stores
				// nothing
				MvcTestResult result = publicPost(route, headers).exchange();
				assertThat(result.getResponse().getStatus()).as("POST " + route + " " + headers).isNotEqualTo(403);
				assertThat(result.getMvcResult().getHandler()).as("the controller of " + route).isNotNull();
			}
		}
	}

	@Test
	void aLoginWithTheRightPasswordButNoTokenIsForbiddenAndLogsNobodyIn() {
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse login = this.mvc.post()
			.uri("/login")
			.param("email", this.editor)
			.param("password", AccountFixtures.PASSWORD)
			.with((request) -> {
				request.setRemoteAddr("10.201.0.1");
				return request;
			})
			.session(session)
			.exchange()
			.getResponse();
		assertThat(login.getStatus()).isEqualTo(403);
		assertThat(this.mvc.get().uri("/admin").session(session).exchange().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void aLogoutWithoutATokenIsForbiddenAndTheSessionGoesOn() {
		MockHttpSession session = BackOffice.logIn(this.mvc, this.editor, AccountFixtures.PASSWORD);
		assertThat(this.mvc.post().uri("/logout").session(session).exchange().getResponse().getStatus()).isEqualTo(403);
		assertThat(this.mvc.get().uri("/admin").session(session).exchange().getResponse().getStatus()).isEqualTo(200);
	}

	/** A visitor's post to the route, with the headers the browser sent. */
	private MockMvcRequestBuilder publicPost(String route, Map<String, String> headers) {
		MockMvcRequestBuilder post = this.mvc.post().uri(filled(route));
		headers.forEach((name, value) -> post.header(name, value));
		return post;
	}

	/** Every path a POST is mapped to but the anonymous visitors' forms. */
	private List<String> postRoutes() {
		return PostRoutes.all(this.context).stream().filter((route) -> !PUBLIC_FORMS.contains(route)).toList();
	}

	/** The route with real records where they exist: an attack names real ids. */
	private String filled(String route) {
		Matcher matcher = VARIABLE.matcher(route);
		StringBuilder uri = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(uri, value(route, matcher.group(1)));
		}
		matcher.appendTail(uri);
		return uri.toString();
	}

	private String value(String route, String variable) {
		return switch (variable) {
			case "kind" -> "pages";
			case "locale" -> "ka";
			case "revisionId" -> String.valueOf(anyId(route.startsWith("/admin/services") ? "service_listing_revision"
					: route.contains("help") ? "help_contact_revision" : "translation_revision"));
			default -> String.valueOf(route.startsWith("/admin/accounts") ? this.accounts.idOf(this.editor)
					: anyId(route.startsWith("/admin/services") ? "service_listing"
							: route.contains("help") ? "help_contact" : "content_page"));
		};
	}

	private long anyId(String table) {
		Long id = this.jdbc.queryForObject("select min(id) from " + table, Long.class);
		return (id != null) ? id : 1;
	}

	/** A digest of every table a form could write to. */
	private Map<String, String> fingerprint() {
		Map<String, String> digests = new LinkedHashMap<>();
		for (String table : this.jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
					+ "and table_type = 'BASE TABLE' order by table_name", String.class)) {
			if (!BOOKKEEPING.contains(table)) {
				digests.put(table, this.jdbc.queryForObject(
						"select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
								+ table + " t",
						String.class));
			}
		}
		return digests;
	}

	private void awaitAudit(String action, int atLeast) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select count(*) from audit_entry where action = ? and actor_email = ?",
							Long.class, action, this.admin))
				.isGreaterThanOrEqualTo(atLeast));
	}

}
