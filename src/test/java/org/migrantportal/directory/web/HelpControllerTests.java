package org.migrantportal.directory.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class HelpControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void helpListsTheContactsTheSourcesNameWithTheirAddresses() throws Exception {
		Document page = get("/ka/help");
		assertThat(page.selectFirst("h1").text()).isEqualTo("დახმარების მიღება");
		assertThat(page.select(".contact")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.text()).contains("თენგიზ აბულაძის").contains("თბილისი");
	}

	@Test
	void helpInventsNoPhoneNumbers() throws Exception {
		// the sources name no phone number: the only tel: links are the official
		// emergency numbers (Georgia 112, Armenia 911 and 112) until an editor adds one
		for (String locale : new String[] { "ka", "en", "hy" }) {
			assertThat(get("/" + locale + "/help").select("a[href^=tel:]"))
				.allSatisfy((link) -> assertThat(link.attr("href")).isIn("tel:112", "tel:911"));
		}
	}

	@Test
	void armenianHelpShowsArmenianTextMarkedAsAwaitingNativeReview() throws Exception {
		Document page = get("/hy/help");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hy");
		assertThat(page.select(".contact h3").first().text()).matches(".*[\\u0531-\\u058F].*");
		assertThat(page.select(".review-note")).isNotEmpty();
		assertThat(page.select(".notice")).as("no fallback: every contact is translated").isEmpty();
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
