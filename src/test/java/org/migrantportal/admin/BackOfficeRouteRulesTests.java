package org.migrantportal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every back-office route has a declared rule saying who may use it, and the rules hold
 * over HTTP for anonymous visitors and for each role. A new route without a rule fails
 * this test.
 */
@PortalWebTest
class BackOfficeRouteRulesTests {

	/** Who may use each route: the least role, or null for anyone. */
	private static final Map<String, StaffRole> RULES = new LinkedHashMap<>();

	static {
		RULES.put("GET /login", null);
		RULES.put("GET /admin", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/password", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/account/mfa", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/account/mfa", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/account/mfa/disable", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/account/mfa/recovery-codes", StaffRole.TRANSLATOR);
		RULES.put("GET /login/forgot", null);
		RULES.put("POST /login/forgot", null);
		RULES.put("GET /login/reset", null);
		RULES.put("POST /login/reset", null);
		RULES.put("POST /admin/password", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/notifications", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/language/{locale}", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/accounts", StaffRole.ADMIN);
		RULES.put("GET /admin/accounts/new", StaffRole.ADMIN);
		RULES.put("POST /admin/accounts", StaffRole.ADMIN);
		RULES.put("GET /admin/accounts/{id}", StaffRole.ADMIN);
		RULES.put("POST /admin/accounts/{id}", StaffRole.ADMIN);
		RULES.put("POST /admin/accounts/{id}/enabled", StaffRole.ADMIN);
		RULES.put("POST /admin/accounts/{id}/sessions/end", StaffRole.ADMIN);
		RULES.put("POST /admin/accounts/{id}/login/unlock", StaffRole.ADMIN);
		RULES.put("GET /admin/audit", StaffRole.ADMIN);
		RULES.put("GET /admin/search", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/search/reindex", StaffRole.ADMIN);
		RULES.put("GET /admin/search/synonyms", StaffRole.ADMIN);
		RULES.put("POST /admin/search/synonyms", StaffRole.ADMIN);
		RULES.put("GET /admin/settings", StaffRole.ADMIN);
		RULES.put("POST /admin/settings", StaffRole.ADMIN);
		RULES.put("GET /admin/hsds", StaffRole.ADMIN);
		RULES.put("GET /admin/hsds/export", StaffRole.ADMIN);
		RULES.put("POST /admin/hsds/import", StaffRole.ADMIN);
		RULES.put("GET /admin/pages", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/pages/new", StaffRole.EDITOR);
		RULES.put("GET /admin/topics", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/translations", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/translations/xliff", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/translations/xliff", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/topics/new", StaffRole.EDITOR);
		RULES.put("GET /admin/news", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/news/new", StaffRole.EDITOR);
		RULES.put("POST /admin/news", StaffRole.EDITOR);
		RULES.put("POST /admin/topics", StaffRole.EDITOR);
		RULES.put("POST /admin/pages", StaffRole.EDITOR);
		RULES.put("GET /admin/{kind}/{id}/{locale}", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/{kind}/{id}/{locale}", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/{kind}/{id}/{locale}/submit", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/{kind}/{id}/{locale}/publish", StaffRole.REVIEWER);
		RULES.put("POST /admin/{kind}/{id}/{locale}/unpublish", StaffRole.REVIEWER);
		RULES.put("POST /admin/{kind}/{id}/{locale}/send-back", StaffRole.REVIEWER);
		RULES.put("POST /admin/{kind}/{id}/{locale}/schedule", StaffRole.REVIEWER);
		RULES.put("POST /admin/{kind}/{id}/{locale}/native-review", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/{kind}/{id}/{locale}/revisions", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/{kind}/{id}/{locale}/revisions/{revisionId}", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/{kind}/{id}/{locale}/compare", StaffRole.TRANSLATOR);
		RULES.put("GET /admin/{kind}/{id}/{locale}/media", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/{kind}/{id}/{locale}/revisions/{revisionId}/restore", StaffRole.TRANSLATOR);
		RULES.put("POST /admin/news/{id}/{locale}/details", StaffRole.EDITOR);
		RULES.put("POST /admin/{kind}/{id}/trash", StaffRole.EDITOR);
		RULES.put("GET /admin/trash", StaffRole.EDITOR);
		RULES.put("POST /admin/trash/{kind}/{id}/restore", StaffRole.EDITOR);
		RULES.put("POST /admin/trash/{kind}/{id}/purge", StaffRole.ADMIN);
		RULES.put("GET /admin/services", StaffRole.EDITOR);
		RULES.put("GET /admin/services/new", StaffRole.EDITOR);
		RULES.put("POST /admin/services", StaffRole.EDITOR);
		RULES.put("GET /admin/services/{id}", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/verify", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/submit", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/publish", StaffRole.REVIEWER);
		RULES.put("POST /admin/services/{id}/unpublish", StaffRole.REVIEWER);
		RULES.put("POST /admin/services/{id}/send-back", StaffRole.REVIEWER);
		RULES.put("GET /admin/services/{id}/revisions", StaffRole.EDITOR);
		RULES.put("GET /admin/services/{id}/compare", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/revisions/{revisionId}/restore", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/trash", StaffRole.EDITOR);
		RULES.put("GET /admin/services/trash", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/restore", StaffRole.EDITOR);
		RULES.put("POST /admin/services/{id}/purge", StaffRole.ADMIN);
		RULES.put("GET /admin/help-contacts", StaffRole.EDITOR);
		RULES.put("GET /admin/help-contacts/trash", StaffRole.EDITOR);
		RULES.put("GET /admin/help-contacts/new", StaffRole.EDITOR);
		RULES.put("POST /admin/help-contacts", StaffRole.EDITOR);
		RULES.put("GET /admin/help-contacts/{id}", StaffRole.EDITOR);
		RULES.put("POST /admin/help-contacts/{id}", StaffRole.EDITOR);
		RULES.put("POST /admin/help-contacts/{id}/submit", StaffRole.EDITOR);
		RULES.put("POST /admin/help-contacts/{id}/publish", StaffRole.REVIEWER);
		RULES.put("POST /admin/help-contacts/{id}/unpublish", StaffRole.REVIEWER);
		RULES.put("POST /admin/help-contacts/{id}/send-back", StaffRole.REVIEWER);
		RULES.put("POST /admin/help-contacts/{id}/trash", StaffRole.EDITOR);
		RULES.put("POST /admin/help-contacts/{id}/restore", StaffRole.EDITOR);
		RULES.put("GET /admin/help-contacts/{id}/revisions", StaffRole.EDITOR);
		RULES.put("GET /admin/help-contacts/{id}/compare", StaffRole.EDITOR);
		RULES.put("POST /admin/help-contacts/{id}/revisions/{revisionId}/restore", StaffRole.EDITOR);
		RULES.put("GET /admin/media", StaffRole.EDITOR);
		RULES.put("POST /admin/media", StaffRole.EDITOR);
		RULES.put("GET /admin/media/{id}", StaffRole.EDITOR);
		RULES.put("GET /admin/media/{id}/file", StaffRole.EDITOR);
		RULES.put("POST /admin/media/{id}/texts/{locale}", StaffRole.EDITOR);
		RULES.put("POST /admin/media/{id}/file", StaffRole.EDITOR);
		RULES.put("POST /admin/media/{id}/language", StaffRole.EDITOR);
		RULES.put("POST /admin/media/{id}/review", StaffRole.REVIEWER);
		RULES.put("POST /admin/media/{id}/trash", StaffRole.EDITOR);
		RULES.put("POST /admin/media/{id}/restore", StaffRole.EDITOR);
		RULES.put("GET /admin/feedback", StaffRole.EDITOR);
		RULES.put("POST /admin/feedback/{id}/delete-text", StaffRole.EDITOR);
		RULES.put("GET /admin/tools/job-offer-check", StaffRole.EDITOR);
		RULES.put("POST /admin/tools/job-offer-check/{id}/arrange", StaffRole.REVIEWER);
		RULES.put("GET /admin/tools/job-offer-check/{id}/{locale}", StaffRole.EDITOR);
		RULES.put("POST /admin/tools/job-offer-check/{id}/{locale}", StaffRole.EDITOR);
		RULES.put("POST /admin/tools/job-offer-check/{id}/{locale}/send-back", StaffRole.REVIEWER);
		RULES.put("GET /admin/tools/job-offer-check/{id}/{locale}/revisions", StaffRole.EDITOR);
		RULES.put("GET /admin/tools/job-offer-check/{id}/{locale}/revisions/{revisionId}", StaffRole.EDITOR);
		RULES.put("POST /admin/tools/job-offer-check/{id}/{locale}/revisions/{revisionId}/restore", StaffRole.EDITOR);
		RULES.put("GET /admin/call-backs", StaffRole.EDITOR);
		RULES.put("GET /admin/call-backs/{id}", StaffRole.EDITOR);
		RULES.put("POST /admin/call-backs/{id}/state", StaffRole.EDITOR);
		RULES.put("GET /admin/call-backs/settings", StaffRole.ADMIN);
		RULES.put("POST /admin/call-backs/settings/{id}", StaffRole.ADMIN);
	}

	/**
	 * The login's second step: open to nobody by role, only to a session whose password
	 * step has just passed (SecondFactorLoginTests).
	 */
	private static final Set<String> SECOND_STEP_ROUTES = Set.of("GET /login/mfa", "POST /login/mfa");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	private AccountFixtures accounts;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
	}

	@Test
	void everyBackOfficeRouteHasADeclaredRule() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/admin") || pattern.startsWith("/login")) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					assertThat(methods).as(pattern + " names its HTTP method").isNotEmpty();
					methods.forEach((method) -> routes.add(method + " " + pattern));
				}
			}
		}
		Set<String> declared = new TreeSet<>(RULES.keySet());
		declared.addAll(SECOND_STEP_ROUTES);
		assertThat(declared).as("declared rules").containsExactlyInAnyOrderElementsOf(routes);
	}

	@Test
	void rulesHoldForAnonymousVisitorsAndEveryRole() {
		Long someAccount = this.accounts.idOf(this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null));
		List<String> broken = new ArrayList<>();
		Map<StaffRole, MockHttpSession> sessions = new LinkedHashMap<>();
		for (StaffRole role : StaffRole.values()) {
			sessions.put(role, logIn(role));
		}
		for (Map.Entry<String, StaffRole> rule : RULES.entrySet()) {
			String[] route = rule.getKey().split(" ");
			// accounts exist; a page id that does not exist shows that the request passed
			// the
			// role checks (404) or did not (403, login), without changing any page
			String id = route[1].startsWith("/admin/accounts") ? someAccount.toString() : "999999999";
			String path = route[1].replace("{id}", id)
				.replace("{revisionId}", "999999999")
				.replace("{locale}", "en")
				.replace("{kind}", "pages");
			if (!allowed(route[0], path, null, rule.getValue())) {
				broken.add(rule.getKey() + " as anonymous");
			}
			for (Map.Entry<StaffRole, MockHttpSession> session : sessions.entrySet()) {
				if (!allowed(route[0], path, session.getValue(), rule.getValue())) {
					broken.add(rule.getKey() + " as " + session.getKey());
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	/**
	 * Whether the answer matches the rule: let through when allowed, refused when not.
	 */
	private boolean allowed(String method, String path, MockHttpSession session, StaffRole least) {
		// a POST carries a version, as every back-office form does, so it reaches the
		// service
		var request = method.equals("GET") ? this.mvc.get().uri(path)
				: this.mvc.post().uri(path).with(csrf()).param("version", "0");
		if (session != null) {
			request = request.session(session);
		}
		MockHttpServletResponse response = request.exchange().getResponse();
		boolean refused = response.getStatus() == 403 || response.getStatus() == 401 || (response.getStatus() == 302
				&& response.getRedirectedUrl() != null && response.getRedirectedUrl().endsWith("/login"));
		StaffRole role = (session != null) ? (StaffRole) session.getAttribute("test.role") : null;
		boolean shouldPass = least == null || (role != null && role.includes(least));
		return shouldPass != refused;
	}

	private MockHttpSession logIn(StaffRole role) {
		String email = this.accounts.create(role, CountryScope.GEORGIA, null);
		MockHttpSession session = new MockHttpSession();
		this.mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", AccountFixtures.PASSWORD)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.8." + role.ordinal() + "." + (email.hashCode() & 0xff));
				return request;
			})
			.session(session)
			.exchange();
		session.setAttribute("test.role", role);
		return session;
	}

}
