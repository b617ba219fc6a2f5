package org.migrantportal.directory.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo data on (as in the tests' shared context), every public page says so in its
 * own language, so nobody takes an invented number for a real one.
 */
@PortalWebTest
class DemoBannerTests {

	private static final Map<String, String> BANNER_START = Map.of("en", "Demo data — not real contacts", "ka",
			"სადემონსტრაციო მონაცემები", "hy", "Ցուցադրական տվյալներ");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyPublicPageCarriesTheDemoBannerInItsLanguage() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			for (String path : List.of("/" + locale + "/", "/" + locale + "/services", "/" + locale + "/help",
					"/" + locale + "/news", "/" + locale + "/organizations/iom-armenia")) {
				MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
				Document page = Jsoup.parse(response.getContentAsString());
				Element banner = page.selectFirst(".demo-banner");
				assertThat(banner).as(path).isNotNull();
				assertThat(banner.text()).as(path).startsWith(BANNER_START.get(locale));
			}
		}
	}

	@Test
	void aNotFoundPageCarriesTheBannerToo() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/hy/pages/no-such-page").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(response.getContentAsString()).select(".demo-banner").text())
			.startsWith(BANNER_START.get("hy"));
	}

}
