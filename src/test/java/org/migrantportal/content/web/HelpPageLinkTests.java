package org.migrantportal.content.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in crisis who reads "see the Help page" can reach it with one tap: every
 * published initial page that sends its reader to the help page links to that language's
 * help page.
 */
@PortalWebTest
class HelpPageLinkTests {

	/** How the initial pages name the help page, per language. */
	private static final Map<String, String> HELP_PAGE_NAMES = Map.of("en", "Help page", "ka", "„დახმარება“", "hy",
			"«Օգնություն»");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyPublishedPageThatMentionsTheHelpPageLinksToIt() throws Exception {
		List<Map<String, Object>> pages = this.jdbc
			.sql("select t.locale, t.published_slug from content_page_translation t "
					+ "join content_page p on p.id = t.page_id where t.published_slug is not null "
					+ "and p.deleted_at is null and p.content_key in ('help-for-trafficking-victims', "
					+ "'migrant-resource-centres', 'trafficking-prevention', 'checking-a-job-offer-abroad', "
					+ "'iom-in-georgia')")
			.query()
			.listOfRows();
		assertThat(pages).hasSize(15);
		for (Map<String, Object> row : pages) {
			String locale = (String) row.get("locale");
			String path = "/" + locale + "/pages/" + row.get("published_slug");
			Document page = get(path);
			List<Element> mentions = page.select("article p, article li")
				.stream()
				.filter((block) -> block.text().contains(HELP_PAGE_NAMES.get(locale)))
				.toList();
			assertThat(mentions).as(path + " mentions the help page").isNotEmpty();
			assertThat(mentions).as(path)
				.allSatisfy((block) -> assertThat(block.select("a[href=/" + locale + "/help]")).as(block.text())
					.isNotEmpty());
		}
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
