package org.migrantportal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page a visitor can reach, fetched as HTML: each sitemap URL, and in every
 * language the home page, the lists, help, search (empty and with a query), browse safely
 * and a missing page; then an unknown language and the container's error page
 * ({@code GET /error}) for a missing page and a server error.
 */
final class PublicPages {

	private static final Pattern LOC = Pattern.compile("<loc>https?://[^/]+(/[^<]*)</loc>");

	private static final List<String> LANGUAGES = List.of("ka", "en", "hy");

	private PublicPages() {
	}

	/** Each page's address (or a description) and its HTML. */
	static Map<String, String> fetch(MockMvcTester mvc) throws Exception {
		List<String> paths = new ArrayList<>();
		Matcher loc = LOC.matcher(mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString());
		while (loc.find()) {
			paths.add(loc.group(1));
		}
		assertThat(paths).as("sitemap URLs").hasSizeGreaterThanOrEqualTo(45);
		for (String language : LANGUAGES) {
			for (String path : List.of("/", "/news", "/services", "/help", "/search", "/search?q=migration",
					"/browse-safely", "/help/sheet", "/pages/no-such-page")) {
				String full = "/" + language + path;
				if (!paths.contains(full)) {
					paths.add(full);
				}
			}
		}
		paths.add("/xx/");
		Map<String, String> pages = new LinkedHashMap<>();
		for (String path : paths) {
			MockHttpServletResponse response = mvc.get().uri(path).exchange().getResponse();
			assertThat(response.getStatus()).as(path).isIn(200, 404);
			pages.put(path, response.getContentAsString());
		}
		for (int status : List.of(404, 500)) {
			MockHttpServletResponse response = mvc.get()
				.uri("/error")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(status);
			pages.put("/error (" + status + ")", response.getContentAsString());
		}
		return pages;
	}

}
