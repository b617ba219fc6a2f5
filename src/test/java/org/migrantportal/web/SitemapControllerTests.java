package org.migrantportal.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class SitemapControllerTests {

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void sitemapListsAtLeastFifteenPublicUrlsPerLanguageEachWithItsAlternates() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/sitemap.xml").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsString().getBytes(StandardCharsets.UTF_8)));
		NodeList urls = xml.getElementsByTagNameNS(SITEMAP_NS, "url");
		Map<String, Integer> perLanguage = new HashMap<>();
		List<String> locations = new ArrayList<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc").item(0).getTextContent();
			locations.add(loc);
			String language = loc.replaceFirst("^https?://[^/]+/", "").split("/")[0];
			perLanguage.merge(language, 1, Integer::sum);
			NodeList alternates = url.getElementsByTagNameNS(XHTML_NS, "link");
			List<String> hreflangs = new ArrayList<>();
			List<String> hrefs = new ArrayList<>();
			for (int j = 0; j < alternates.getLength(); j++) {
				Element alternate = (Element) alternates.item(j);
				assertThat(alternate.getAttribute("rel")).isEqualTo("alternate");
				hreflangs.add(alternate.getAttribute("hreflang"));
				hrefs.add(alternate.getAttribute("href"));
			}
			assertThat(hreflangs).as("alternates of " + loc).contains(language);
			assertThat(hrefs).as("a URL is among its own alternates").contains(loc);
		}
		assertThat(perLanguage).containsOnlyKeys("ka", "en", "hy");
		assertThat(perLanguage.values()).allSatisfy((count) -> assertThat(count).isGreaterThanOrEqualTo(15));
		assertThat(locations).doesNotHaveDuplicates()
			.anySatisfy((loc) -> assertThat(loc).endsWith("/hy/help"))
			.anySatisfy((loc) -> assertThat(loc).endsWith("/ka/topics/shromiti-migratsia"));
	}

	@Test
	void everyUrlInTheSitemapAnswers() throws Exception {
		String sitemap = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
		java.util.regex.Matcher loc = java.util.regex.Pattern.compile("<loc>https?://[^/]+(/[^<]*)</loc>")
			.matcher(sitemap);
		int checked = 0;
		while (loc.find()) {
			assertThat(this.mvc.get().uri(loc.group(1)).exchange().getResponse().getStatus()).as(loc.group(1))
				.isEqualTo(200);
			checked++;
		}
		assertThat(checked).isGreaterThanOrEqualTo(45);
	}

	@Test
	void robotsTxtNamesTheSitemap() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/robots.txt").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Sitemap: http://localhost/sitemap.xml")
			.contains("Disallow: /admin/");
	}

}
