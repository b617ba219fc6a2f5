package org.migrantportal.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class LocaleRedirectControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void rootRedirectsToGeorgianWhenNothingElseIsKnown() {
		MockHttpServletResponse response = this.mvc.get().uri("/").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/ka/");
		assertThat(response.getHeader("Vary")).contains("Accept-Language").contains("Cookie");
		assertThat(response.getCookies()).isEmpty();
	}

	@Test
	void rootFollowsAcceptLanguage() {
		assertThat(redirectOf(null, "hy-AM,hy;q=0.9,en;q=0.5")).isEqualTo("/hy/");
		assertThat(redirectOf(null, "de-DE,de;q=0.9,en;q=0.8")).isEqualTo("/en/");
		assertThat(redirectOf(null, "fr-FR")).isEqualTo("/ka/");
		assertThat(redirectOf(null, "a;q=,,;;")).isEqualTo("/ka/");
	}

	@Test
	void earlierChoiceWinsOverAcceptLanguage() {
		assertThat(redirectOf("en", "hy")).isEqualTo("/en/");
		assertThat(redirectOf("xx", "hy")).as("a forged cookie is ignored").isEqualTo("/hy/");
	}

	@Test
	void choosingALanguageRemembersItAndLeadsToThePage() {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/language/hy?next=/hy/pages/migrantneri-resursayin-kentronner")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(303);
		assertThat(response.getRedirectedUrl()).isEqualTo("/hy/pages/migrantneri-resursayin-kentronner");
		Cookie cookie = response.getCookie("portal_lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("hy");
		assertThat(cookie.getMaxAge()).as("a session cookie, forgotten when the browser closes").isEqualTo(-1);
		assertThat(response.getHeader("Set-Cookie")).doesNotContainIgnoringCase("expires")
			.doesNotContainIgnoringCase("max-age");
		assertThat(cookie.isHttpOnly()).as("the quick exit's script deletes it").isFalse();
	}

	@Test
	void choosingALanguageNeverLeadsOffSiteOrToAnotherLanguage() {
		assertThat(choiceRedirect("/language/en?next=https://evil.example/")).isEqualTo("/en/");
		assertThat(choiceRedirect("/language/en?next=//evil.example/en/")).isEqualTo("/en/");
		assertThat(choiceRedirect("/language/en?next=/ka/help")).isEqualTo("/en/");
		assertThat(choiceRedirect("/language/en?next=/en/\\evil")).isEqualTo("/en/");
		assertThat(choiceRedirect("/language/en")).isEqualTo("/en/");
	}

	@Test
	void choosingAnUnknownLanguageIsNotFound() {
		assertThat(this.mvc.get().uri("/language/xx?next=/xx/").exchange().getResponse().getStatus()).isEqualTo(404);
	}

	private String redirectOf(String cookie, String acceptLanguage) {
		var request = this.mvc.get().uri("/").header("Accept-Language", acceptLanguage);
		if (cookie != null) {
			request = request.cookie(new Cookie("portal_lang", cookie));
		}
		return request.exchange().getResponse().getRedirectedUrl();
	}

	private String choiceRedirect(String uri) {
		return this.mvc.get().uri(uri).exchange().getResponse().getRedirectedUrl();
	}

}
