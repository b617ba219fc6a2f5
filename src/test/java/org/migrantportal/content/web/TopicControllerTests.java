package org.migrantportal.content.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class TopicControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void topicListsItsPagesInTheVisitorsLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/hy/topics/ashkhatankayin-migratsia")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hy");
		assertThat(page.selectFirst("h1").text()).contains("միգրացիա");
		assertThat(page.select("#pages-heading + p + .cards a, #pages-heading ~ .cards a").eachAttr("href"))
			.contains("/hy/pages/migrantneri-resursayin-kentronner")
			.allSatisfy((href) -> assertThat(href).startsWith("/hy/pages/"));
	}

	@Test
	void topicSlugOfAnotherLanguageRedirectsToThisLanguagesSlug() {
		MockHttpServletResponse response = this.mvc.get().uri("/en/topics/shromiti-migratsia").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getRedirectedUrl()).isEqualTo("/en/topics/labour-migration");
	}

}
