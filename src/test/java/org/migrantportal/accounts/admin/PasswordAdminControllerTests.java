package org.migrantportal.accounts.admin;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalWebTest
class PasswordAdminControllerTests {

	private static final String NEW_PASSWORD = "Ես իմ անուշ Հայաստանի արևահամ բառն եմ սիրում";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void staffChangeTheirOwnPasswordWithTheCurrentOne() {
		String email = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.ARMENIA, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
		MockHttpServletResponse changed = change(session, AccountFixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(changed.getRedirectedUrl()).isEqualTo("/admin");
		BackOffice.logIn(this.mvc, email, NEW_PASSWORD);
	}

	@Test
	void wrongCurrentPasswordOrMismatchIsAFormErrorAndChangesNothing() throws Exception {
		String email = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.ARMENIA, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
		MockHttpServletResponse wrong = change(session, "not my password", NEW_PASSWORD, NEW_PASSWORD);
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.getContentAsString()).select("#currentPassword-error")).isNotEmpty();
		MockHttpServletResponse mismatch = change(session, AccountFixtures.PASSWORD, NEW_PASSWORD, "something else");
		assertThat(Jsoup.parse(mismatch.getContentAsString()).select("#repeatPassword-error")).isNotEmpty();
		MockHttpServletResponse tooShort = change(session, AccountFixtures.PASSWORD, "short", "short");
		assertThat(Jsoup.parse(tooShort.getContentAsString()).select("#newPassword-error")).isNotEmpty();
		assertThat(Jsoup.parse(tooShort.getContentAsString()).select("input[type=password]").eachAttr("value"))
			.as("passwords are never sent back")
			.allSatisfy((value) -> assertThat(value).isEmpty());
		BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
	}

	private MockHttpServletResponse change(MockHttpSession session, String current, String next, String repeat) {
		return this.mvc.post()
			.uri("/admin/password")
			.session(session)
			.with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("repeatPassword", repeat)
			.exchange()
			.getResponse();
	}

}
