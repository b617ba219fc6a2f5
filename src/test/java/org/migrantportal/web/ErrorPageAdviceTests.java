package org.migrantportal.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class ErrorPageAdviceTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void unknownLocaleIsANotFoundPageInTheDefaultLanguage() throws Exception {
		Document page = get("/xx/pages/anything", 404);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(page.selectFirst("h1").text()).isEqualTo("გვერდი ვერ მოიძებნა");
		assertThat(page.select("a[href=/ka/]")).isNotEmpty();
	}

	@Test
	void unknownPathInALanguageIsANotFoundPageInThatLanguage() throws Exception {
		Document page = get("/en/no/such/thing", 404);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void unknownTopicIsNotFound() throws Exception {
		Document page = get("/ka/topics/no-such-topic", 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("გვერდი ვერ მოიძებნა");
	}

	@Test
	void errorPagesShowNoExceptionText() throws Exception {
		for (String path : new String[] { "/xx/", "/en/pages/%E1%83%90", "/hy/topics/" + "a".repeat(3000) }) {
			MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsString()).doesNotContainIgnoringCase("exception")
				.doesNotContain("at org.")
				.doesNotContainIgnoringCase("whitelabel");
		}
	}

	@Test
	void wrongMethodIsAFriendlyPageNotAServerError() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/en/help").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(405);
		assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("h1").text())
			.isEqualTo("Request not understood");
	}

	private Document get(String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
