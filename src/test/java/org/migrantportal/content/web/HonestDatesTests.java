package org.migrantportal.content.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates the public sees are true: imported text whose source gives no date shows none
 * (not the day of the import), and news whose source names no year has no date.
 */
@PortalWebTest
class HonestDatesTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void anImportedPageWhoseSourceGivesNoDateShowsNone() throws Exception {
		Document page = get("/hy/pages/mmk-i-motetsumy-mardkants-trafikingi-dem-paykarum");
		assertThat(page.select("h1").text()).isNotBlank();
		assertThat(page.select("p.updated")).isEmpty();
	}

	@Test
	void newsWithoutAKnownDateShowsNoDateInListsItemsOrTheFeed() throws Exception {
		Document list = get("/en/news");
		assertThat(list.select(".news li")).isNotEmpty();
		assertThat(list.select(".news li time")).isEmpty();
		Document item = get("/en/news/un-engages-georgian-civil-society-on-global-compact-for-migration");
		assertThat(item.select("article time")).isEmpty();
		String feed = this.mvc.get().uri("/en/news/feed.atom").exchange().getResponse().getContentAsString();
		assertThat(feed).contains("<entry>").doesNotContain("<published>");
	}

	@Test
	void frontMatterDatesAreReadWhetherOrNotYamlTookThemForTimestamps() {
		FrontMatterDocument doc = FrontMatterDocument
			.parse("---\ntitle: x\nupdated: 2021-03-16\ndate: \"2020-11-26\"\n---\nText");
		assertThat(doc.date("updated")).hasToString("2021-03-16");
		assertThat(doc.date("date")).hasToString("2020-11-26");
		assertThat(doc.date("missing")).isNull();
	}

	private Document get(String path) throws Exception {
		var response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
