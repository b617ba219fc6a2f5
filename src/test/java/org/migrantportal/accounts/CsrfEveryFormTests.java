package org.migrantportal.accounts;

import java.time.Duration;
import java.util.ArrayList;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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
	 * token: they refuse a post another website's page sends and are rate limited.
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
		assertThat(postRoutes()).allSatisfy((route) -> assertThat(route).matches("/admin/.*|/login(/.*)?|/logout"));
	}

	@Test
	void everyPublicFormRefusesAPostFromAnotherWebsiteAndChangesNothing() {
		Map<String, String> before = fingerprint();
		for (String route : PUBLIC_FORMS) {
			MockHttpServletResponse response = this.mvc.post()
				.uri(filled(route))
				.header("Sec-Fetch-Site", "cross-site")
				.header("Origin", "https://elsewhere.example")
				.param("kind", "PAGE")
				.param("id", String.valueOf(anyId("content_page")))
				.param("useful", "no")
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).as("POST " + route).isEqualTo(403);
		}
		assertThat(fingerprint()).isEqualTo(before);
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

	/** Every path a POST (or any method, which includes POST) is mapped to. */
	private List<String> postRoutes() {
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		List<String> routes = new ArrayList<>();
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
				info.getPatternValues()
					.stream()
					.filter((pattern) -> !pattern.equals("/error"))
					.filter((pattern) -> !PUBLIC_FORMS.contains(pattern))
					.filter((pattern) -> !routes.contains(pattern))
					.forEach(routes::add);
			}
		}
		return routes;
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
