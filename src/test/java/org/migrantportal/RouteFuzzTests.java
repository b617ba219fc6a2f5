package org.migrantportal;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Walks every route of the application (from Spring MVC's own handler mapping, so a new
 * controller is fuzzed without being listed here), as an anonymous visitor and as each
 * staff role, with the bad inputs of the security checklist in path segments, query and
 * form fields, uploads and headers. No answer may be a server error, echo an injected tag
 * unescaped, or show framework, Java or SQL text.
 */
@PortalWebTest
class RouteFuzzTests {

	private static final String MARKER = "<x-fuzz-7301>";

	/**
	 * What a template expression of the inputs below gives if anything evaluates it
	 * (server-side template injection, XSS-05); the inputs themselves never contain it.
	 */
	private static final String SSTI_EVALUATED = "x-ssti-evaluated";

	/**
	 * Text that only an exception, a stack trace or a database error would put in a body.
	 */
	private static final List<String> LEAKS = List.of("org.springframework", "Exception", "SQLState", "PSQLException",
			"at org.", "at java.", "Whitelabel", "Hibernate", "org.hibernate", "java.lang", "ERROR: ", "syntax error",
			SSTI_EVALUATED);

	/** Values every string surface gets; numbers, dates and flags get them too. */
	private static final List<String> BAD_VALUES = List.of("a\u0000b", "\u0001\u0008\u001b\u007f\u0085",
			MARKER + "\"'><script>alert(1)</script>", "' OR '1'='1' --", "\"; drop table account; --",
			"../../../etc/passwd", "%00", "99999999999999999999", "-1", "-2147483649", "2147483647", "2025-02-30",
			"NaN", "1e309", "x".repeat(5_000), "ა".repeat(1000) + MARKER, "\uD800", "\uFFFF\uFFFE", " ", "",
			"__${'x-ssti-'+'evaluated'}__::x", "[[${'x-ssti-'+'evaluated'}]]", "*{'x-ssti-'+'evaluated'}");

	/** Values for path segments (already URL-encoded where needed). */
	private static final List<String> BAD_SEGMENTS = List.of("99999999999999999999", "%3Cx-fuzz-7301%3E", "-1",
			"%27%20OR%201%3D1", "%C3%28", "..%2F..%2Fetc", "x".repeat(3000),
			"__%24%7B%27x-ssti-%27%2B%27evaluated%27%7D__%3A%3A.x");

	/**
	 * Changes of global settings or slow jobs, not posted at all: they would change what
	 * other tests sharing the database see. Their forms are tested by their own tests.
	 */
	private static final Set<String> DO_NOT_POST = Set.of("/admin/settings", "/admin/search/synonyms",
			"/admin/search/reindex");

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> failures = new ArrayList<>();

	private int sent;

	private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

	@Test
	void noRouteAnswersABadInputWithAServerErrorALeakOrAnUnescapedEcho() throws Exception {
		String dataBefore = sharedData();
		List<Route> routes = inventory();
		assertThat(routes).as("the route inventory").hasSizeGreaterThan(60);
		Map<String, RequestPostProcessor> principals = principals();
		for (Route route : routes) {
			for (Map.Entry<String, RequestPostProcessor> principal : principals.entrySet()) {
				boolean admin = principal.getKey().equals("ADMIN");
				boolean anonymous = principal.getKey().equals("anonymous");
				boolean backOffice = route.pattern().startsWith("/admin");
				if (!backOffice && !anonymous && !admin) {
					continue;
				}
				// anonymous visitors are sent to the login page before any input is read
				boolean thorough = admin || (anonymous && !backOffice);
				fuzz(route, principal.getKey(), principal.getValue(), thorough ? 2 : 1);
			}
		}
		protocolSurfaces(routes);
		System.out.println(
				"RouteFuzzTests: " + routes.size() + " routes, " + this.sent + " requests, answers " + this.statuses);
		this.failures.forEach((failure) -> System.out.println("FUZZ FAILURE " + failure));
		assertThat(this.sent).as("requests sent").isGreaterThanOrEqualTo(1000);
		assertThat(this.failures).as(this.failures.size() + " bad answers of " + this.sent + " requests").isEmpty();
		assertThat(sharedData()).as("the test data other tests share is unchanged").isEqualTo(dataBefore);
	}

	/** The checklist's own probes of XSS-05: a view name built from the path. */
	@Test
	void templateExpressionsInThePathAreNeverEvaluated() throws Exception {
		for (String path : List.of("/__${T(java.lang.Runtime).getRuntime()}__::.x/page",
				"/ka/__${'x-ssti-'+'evaluated'}__", "/ka/pages/__${'x-ssti-'+'evaluated'}__::.x",
				"/en/topics/__${'x-ssti-'+'evaluated'}__", "/admin/__${'x-ssti-'+'evaluated'}__::.x")) {
			MockHttpServletResponse response = this.mvc.get()
				.uri(java.net.URI.create(UriUtils.encodePath(path, StandardCharsets.UTF_8)))
				.with(principals().get("ADMIN"))
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).as(path).isBetween(400, 404);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path)
				.doesNotContain(SSTI_EVALUATED)
				.doesNotContain("java.lang.Runtime@")
				.doesNotContain("Exception");
		}
	}

	private void fuzz(Route route, String who, RequestPostProcessor principal, int rounds) {
		boolean post = route.method() == HttpMethod.POST;
		if (post && DO_NOT_POST.contains(route.pattern())) {
			return;
		}
		// good path values for reads; for writes only ids that do not exist, so the
		// shared
		// test data stays as it is
		String path = post ? fill(route.pattern(), "999999999") : fill(route.pattern(), null);
		send(route, who, principal, path, Map.of());
		if (!route.fields().isEmpty()) {
			for (int round = 0; round < rounds; round++) {
				Map<String, String> values = new LinkedHashMap<>();
				int field = 0;
				for (String name : route.fields().keySet()) {
					values.put(name, BAD_VALUES.get((round * 7 + field++) % BAD_VALUES.size()));
				}
				send(route, who, principal, path, values);
			}
		}
		List<String> variables = variables(route.pattern());
		for (String variable : variables) {
			for (String segment : (rounds > 1) ? BAD_SEGMENTS : BAD_SEGMENTS.subList(0, 1)) {
				send(route, who, principal, fill(route.pattern(), Map.of(variable, segment), post), Map.of());
			}
		}
	}

	/**
	 * Wrong methods, wrong content types, bad headers and cookies, and the login form.
	 */
	private void protocolSurfaces(List<Route> routes) {
		RequestPostProcessor admin = principals().get("ADMIN");
		Set<String> paths = new LinkedHashSet<>();
		// ids that do not exist: these requests may reach handlers that change data
		routes.forEach((route) -> paths.add(fill(route.pattern(), "999999999")));
		for (String path : paths) {
			for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
				attempt(method + " " + path, () -> this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
						.with(csrf())
						.with(admin))
					.getResponse());
			}
			attempt("json " + path,
					() -> this.mvc.post()
						.uri(path)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"title\":")
						.with(csrf())
						.with(admin)
						.exchange()
						.getResponse());
			attempt("xml " + path,
					() -> this.mvc.post()
						.uri(path)
						.contentType(MediaType.TEXT_XML)
						.content("<a>" + MARKER)
						.with(csrf())
						.with(admin)
						.exchange()
						.getResponse());
			if (!path.startsWith("/admin")) {
				attempt("headers " + path,
						() -> this.mvc.get()
							.uri(path)
							.header("Accept-Language", "xx-YY;q=2, *;q=abc, ka;q=-1, " + "en-".repeat(500))
							.header("Cookie",
									"portal_lang=" + UriUtils.encode(MARKER, StandardCharsets.UTF_8)
											+ "; PORTAL_SESSION=%00%0d%0a; portal_lang=zz")
							.header("Referer", "https://evil.example/" + MARKER)
							.header("X-Forwarded-Host", "evil.example")
							.exchange()
							.getResponse());
			}
		}
		for (String value : BAD_VALUES) {
			attempt("login " + value,
					() -> this.mvc.post()
						.uri("/login")
						.param("email", value)
						.param("password", value)
						.with(csrf())
						.with((request) -> {
							request.setRemoteAddr("10.251." + (value.length() % 250) + ".1");
							return request;
						})
						.exchange()
						.getResponse());
		}
	}

	private void send(Route route, String who, RequestPostProcessor principal, String path,
			Map<String, String> values) {
		String label = who + " " + route.method() + " " + path + " " + abbreviated(values);
		try {
			MockHttpServletResponse response;
			if (route.method() == HttpMethod.POST && !route.files().isEmpty()) {
				var request = this.mvc.post().uri(path).multipart();
				for (String file : route.files()) {
					request.file(new MockMultipartFile(file, "../../" + MARKER + ".xlf", "application/octet-stream",
							(values.isEmpty() ? "\u0000\u00ff<?xml " + MARKER : values.values().iterator().next())
								.getBytes(StandardCharsets.UTF_8)));
				}
				values.forEach(request::param);
				route.required().forEach(request::param);
				response = request.with(csrf()).with(principal).exchange().getResponse();
			}
			else {
				var request = (route.method() == HttpMethod.POST) ? this.mvc.post().uri(path).with(csrf())
						: this.mvc.get().uri(path);
				values.forEach(request::param);
				route.required().forEach(request::param);
				response = request.with(principal).exchange().getResponse();
			}
			check(label, response);
		}
		catch (Exception ex) {
			this.failures.add(label + " threw " + ex);
		}
	}

	private void attempt(String label, Exchange exchange) {
		try {
			check(label, exchange.response());
		}
		catch (Exception ex) {
			this.sent++;
			this.failures.add(label + " threw " + ex);
		}
	}

	private void check(String label, MockHttpServletResponse response) throws Exception {
		this.sent++;
		this.statuses.merge(response.getStatus(), 1, Integer::sum);
		if (response.getStatus() >= 500) {
			this.failures.add(label + " answered " + response.getStatus());
			return;
		}
		String contentType = (response.getContentType() != null) ? response.getContentType() : "";
		if (contentType.contains("json") || contentType.contains("octet-stream")) {
			return;
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		if ((contentType.contains("html") || contentType.contains("xml")) && body.contains("<x-fuzz")) {
			this.failures.add(label + " echoed the marker unescaped");
		}
		for (String leak : LEAKS) {
			if (body.contains(leak)) {
				int at = body.indexOf(leak);
				this.failures.add(label + " showed '" + leak + "': "
						+ body.substring(Math.max(0, at - 80), Math.min(body.length(), at + 80)));
				break;
			}
		}
	}

	/** Every handler method with its path, HTTP method, form fields and uploads. */
	private List<Route> inventory() {
		List<Route> routes = new ArrayList<>();
		this.handlerMapping.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/actuator")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						routes.add(route(pattern, method.asHttpMethod(), info, handler));
					}
				}
			}
		});
		return routes;
	}

	private Route route(String pattern, HttpMethod method, RequestMappingInfo info, HandlerMethod handler) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		List<String> files = new ArrayList<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			Class<?> type = parameter.getType();
			RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
			if (MultipartFile.class.isAssignableFrom(type)) {
				files.add((param != null && !param.name().isEmpty()) ? param.name() : parameter.getName());
			}
			else if (param != null) {
				fields.put(param.name().isEmpty() ? parameter.getName() : param.name(), type);
			}
			else if (type.isRecord() && parameter.getAnnotation(PathVariable.class) == null
					&& (parameter.getAnnotation(ModelAttribute.class) != null || !type.getName().contains("Actor"))) {
				for (RecordComponent component : type.getRecordComponents()) {
					fields.put(component.getName(), component.getType());
				}
			}
		}
		Map<String, String> required = new LinkedHashMap<>();
		info.getParamsCondition().getExpressions().forEach((expression) -> {
			if (!expression.isNegated()) {
				required.put(expression.getName(), (expression.getValue() != null) ? expression.getValue() : "1");
			}
		});
		return new Route(pattern, method, fields, files, required);
	}

	private Map<String, RequestPostProcessor> principals() {
		Map<String, RequestPostProcessor> principals = new LinkedHashMap<>();
		principals.put("anonymous", (request) -> request);
		AccountFixtures accounts = new AccountFixtures(this.context);
		UserDetailsService users = this.context.getBean(UserDetailsService.class);
		for (StaffRole role : StaffRole.values()) {
			String email = (role == StaffRole.ADMIN) ? accounts.create(role, CountryScope.BOTH, null)
					: accounts.create(role, CountryScope.GEORGIA, null);
			UserDetails user = users.loadUserByUsername(email);
			principals.put(role.name(), authentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
		}
		return principals;
	}

	/**
	 * What the fuzzing must leave as it found it: what is published, trashed or enabled.
	 */
	private String sharedData() {
		return this.jdbc.queryForObject("select concat_ws(' ', "
				+ "(select count(*) from content_page where deleted_at is not null), "
				+ "(select count(*) from news_item where deleted_at is not null), "
				+ "(select count(*) from service_listing where deleted_at is not null), "
				+ "(select count(*) from help_contact where deleted_at is not null), "
				+ "(select count(*) from content_page_translation where published_revision_id is not null), "
				+ "(select count(*) from service_listing where published_revision_id is not null), "
				+ "(select count(*) from help_contact where published_revision_id is not null), "
				+ "(select count(*) from account where not enabled), " + "(select count(*) from search_synonym_group), "
				+ "(select string_agg(country_scope || four_eyes::text, ',' order by country_scope) from country_setting))",
				String.class);
	}

	private static List<String> variables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private String fill(String pattern, String everyId) {
		Map<String, String> values = new LinkedHashMap<>();
		if (everyId != null) {
			values.put("id", everyId);
			values.put("revisionId", everyId);
		}
		return fill(pattern, values, false);
	}

	private String fill(String pattern, Map<String, String> given, boolean post) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = given.containsKey(name) ? given.get(name)
					: (post && (name.equals("id") || name.equals("revisionId"))) ? "999999999"
							: existing(pattern, name);
			matcher.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/** A value that names something in the test data, so reads reach the handler. */
	private String existing(String pattern, String name) {
		return switch (name) {
			case "locale" -> "en";
			case "kind" -> pattern.startsWith("/admin/trash") ? "news" : "pages";
			case "slug" -> slug(pattern);
			case "revisionId" ->
				first(pattern.startsWith("/admin/services") ? "select min(id) from service_listing_revision"
						: pattern.startsWith("/admin/help-contacts") ? "select min(id) from help_contact_revision"
								: "select min(id) from translation_revision where subject_type = 'PAGE'");
			default -> first(pattern.startsWith("/admin/services") ? "select min(id) from service_listing"
					: pattern.startsWith("/admin/help-contacts") ? "select min(id) from help_contact"
							: pattern.startsWith("/admin/accounts") ? "select min(id) from account"
									: pattern.startsWith("/admin/news") || pattern.startsWith("/admin/trash")
											? "select min(id) from news_item"
											: "select min(page_id) from content_page_translation where locale = 'en'");
		};
	}

	private String slug(String pattern) {
		if (pattern.contains("/news/")) {
			return first("select min(published_slug) from news_item_translation where locale = 'en'");
		}
		if (pattern.contains("/topics/")) {
			return first("select min(slug) from topic_translation where locale = 'en'");
		}
		if (pattern.contains("/services/")) {
			return first("select min(slug) from service_listing_translation where locale = 'en'");
		}
		if (pattern.contains("/organizations/")) {
			return first("select min(slug) from organization_translation where locale = 'en'");
		}
		return first("select min(published_slug) from content_page_translation where locale = 'en'");
	}

	private String first(String sql) {
		Object value = this.jdbc.queryForObject(sql, Object.class);
		return (value != null) ? value.toString() : "1";
	}

	private static String abbreviated(Map<String, String> values) {
		String text = values.toString().replace("\u0000", "\\0");
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	private interface Exchange {

		MockHttpServletResponse response() throws Exception;

	}

	private record Route(String pattern, HttpMethod method, Map<String, Class<?>> fields, List<String> files,
			Map<String, String> required) {
	}

}
