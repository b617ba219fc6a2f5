package org.migrantportal.accounts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every rule a module declares reaches the back-office chain: a URL under the rule that
 * no controller answers is refused (403) to the role just below the rule's, where without
 * the rule it would be a 404 for any logged-in staff member. The services' own role
 * checks cannot stand in for a missing rule here, because no service is reached.
 */
@PortalWebTest
class DeclaredRouteRulesTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void everyDeclaredRuleRefusesTheRoleBelowIt() {
		List<String> broken = new ArrayList<>();
		for (BackOfficeRoutes routes : this.context.getBeansOfType(BackOfficeRoutes.class).values()) {
			for (BackOfficeRoutes.Rule rule : routes.rules()) {
				StaffRole below = StaffRole.values()[rule.leastRole().ordinal() - 1];
				MockHttpSession session = logIn(below);
				for (String pattern : rule.patterns()) {
					String path = pattern.replace("/**", "/no-such/page").replace("*", "no-such");
					int status = request(rule.method(), path, session);
					if (status != 403) {
						broken.add(
								routes.module() + ": " + rule.method() + " " + path + " as " + below + " -> " + status);
					}
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private int request(HttpMethod method, String path, MockHttpSession session) {
		if (HttpMethod.POST.equals(method)) {
			return this.mvc.post().uri(path).with(csrf()).session(session).exchange().getResponse().getStatus();
		}
		return this.mvc.get().uri(path).session(session).exchange().getResponse().getStatus();
	}

	private MockHttpSession logIn(StaffRole role) {
		String email = new AccountFixtures(this.context).create(role, CountryScope.GEORGIA, null);
		return BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
	}

}
