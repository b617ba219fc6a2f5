package org.migrantportal.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class HomeControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "ka", "en", "hy" })
	void homeShowsTopicsHelpLinkAndContactsInItsLanguage(String locale) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/" + locale + "/").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(locale);
		assertThat(page.select("#topics-heading + .cards li")).hasSizeGreaterThanOrEqualTo(11);
		assertThat(page.select("#topics-heading + .cards a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).startsWith("/" + locale + "/topics/"));
		assertThat(page.select("a[href=/" + locale + "/help]")).isNotEmpty();
		assertThat(page.select(".contact-names li")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select(".quick-exit a[data-quick-exit]").attr("href")).startsWith("https://");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ka/", "/hy/help", "/en/pages/migrant-resource-centres", "/en/topics/labour-migration" })
	void publicPagesSetNoCookieAndSendAStrictContentSecurityPolicy(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getCookies()).isEmpty();
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("Permissions-Policy")).contains("geolocation=()");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("script")).allSatisfy((script) -> {
			assertThat(script.attr("src")).startsWith("/js/");
			assertThat(script.data()).isBlank();
		});
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.getAllElements()).allSatisfy((element) -> assertThat(element.attributes().asList())
			.noneMatch((attribute) -> attribute.getKey().startsWith("on")));
		List<String> loaded = new ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
		loaded.addAll(page.select("script[src], img[src], iframe[src]").eachAttr("src"));
		assertThat(loaded).as("everything the page loads comes from our own origin")
			.isNotEmpty()
			.allSatisfy((url) -> assertThat(url).startsWith("/").doesNotStartWith("//"));
	}

	@Test
	void localeWithoutTrailingSlashRedirectsToTheHomePage() {
		assertThat(this.mvc.get().uri("/hy").exchange().getResponse().getRedirectedUrl()).isEqualTo("/hy/");
	}

}
