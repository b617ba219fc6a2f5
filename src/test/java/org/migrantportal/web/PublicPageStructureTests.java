package org.migrantportal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page (see {@link PublicPages}) is found and read well: one {@code h1}
 * first and heading levels that never skip, a meta description in the page's language,
 * and a quick exit that leads off the site.
 */
@PortalWebTest
class PublicPageStructureTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyPublicPageHasHeadingsThatNeverSkipADescriptionAndAQuickExit() throws Exception {
		Map<String, String> pages = PublicPages.fetch(this.mvc);
		List<String> problems = new ArrayList<>();
		pages.forEach((path, html) -> problems.addAll(problems(path, Jsoup.parse(html, "http://localhost/"))));
		assertThat(problems).isEmpty();
		assertThat(pages).hasSizeGreaterThanOrEqualTo(70);
	}

	private static List<String> problems(String path, Document page) {
		List<String> problems = new ArrayList<>();
		int previous = 0;
		for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
			int level = heading.tagName().charAt(1) - '0';
			if ((previous == 0 && level != 1) || level > previous + 1) {
				problems.add(path + ": <" + heading.tagName() + "> \"" + heading.text() + "\" follows h" + previous);
			}
			previous = level;
		}
		if (page.select("h1").size() != 1) {
			problems.add(path + ": " + page.select("h1").size() + " h1 elements");
		}
		String description = page.select("head meta[name=description]").attr("content");
		if (description.isBlank()) {
			problems.add(path + ": no meta description");
		}
		String exit = page.select(".quick-exit a[data-quick-exit]").attr("href");
		if (!exit.matches("https?://[^/]+.*") || exit.startsWith("http://localhost")) {
			problems.add(path + ": quick exit leads to '" + exit + "'");
		}
		return problems;
	}

}
