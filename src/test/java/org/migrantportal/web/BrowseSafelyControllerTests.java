package org.migrantportal.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class BrowseSafelyControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "ka", "en", "hy" })
	void browseSafelyIsTranslatedAndLinkedFromHelpAndEveryFooter(String language) throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/" + language + "/browse-safely")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("main h2")).hasSize(6);
		assertThat(page.select("main .review-note").text()).isNotBlank();
		String link = "/" + language + "/browse-safely";
		assertThat(page.select("footer a[href=" + link + "]")).hasSize(1);
		Document help = Jsoup
			.parse(this.mvc.get().uri("/" + language + "/help").exchange().getResponse().getContentAsString());
		assertThat(help.select("main a[href=" + link + "]")).hasSize(1);
		Document missing = Jsoup
			.parse(this.mvc.get().uri("/" + language + "/pages/none").exchange().getResponse().getContentAsString());
		assertThat(missing.select("footer a[href=" + link + "]")).hasSize(1);
	}

}
