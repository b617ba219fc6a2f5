package org.migrantportal.search.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.search.SearchIndexing;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /{locale}/search} over HTTP: results in every language with their labels and
 * marked matches, filters and paging, friendly 400s, escaping of whatever was typed, no
 * cookie, and an index that follows publishing and unpublishing.
 */
@PortalWebTest
class SearchControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	private ContentFixtures content;

	private final List<Long> pages = new ArrayList<>();

	private String georgianSlug;

	private String armenianSlug;

	@BeforeEach
	void pagesInGeorgianAndArmenian() {
		this.content = new ContentFixtures(this.context);
		this.georgianSlug = ContentFixtures.uniqueSlug("sazgvargaret-dasakmeba");
		this.armenianSlug = ContentFixtures.uniqueSlug("artagnayin-ashkhatanq");
		this.pages.add(this.content.publishedPageOnlyIn("ka", "საზღვარგარეთ დასაქმება", this.georgianSlug,
				"სამუშაო შეთავაზების შემოწმება სანამ გაემგზავრებით. დასაქმების სააგენტოები."));
		this.pages.add(this.content.publishedPageOnlyIn("hy", "Աշխատանք արտերկրում", this.armenianSlug,
				"Ստուգեք աշխատանքի առաջարկը մեկնելուց առաջ։ Աշխատանքային պայմանագիր։"));
		this.indexing.reindexAll();
	}

	@AfterEach
	void remove() {
		this.pages.forEach(this.content::remove);
		this.indexing.reindexAll();
	}

	@Test
	void georgianWordFormFindsTheGeorgianPageWithItsLanguageAndMarkedMatch() throws Exception {
		Document page = page("/ka/search?q=" + encode("დასაქმებისთვის"));
		assertThat(page.select("ol.results a").eachAttr("href")).contains("/ka/pages/" + this.georgianSlug);
		assertThat(page.select("ol.results mark")).isNotEmpty();
		assertThat(page.select(".result-count").text()).isNotBlank();
		assertThat(page.select("html").attr("lang")).isEqualTo("ka");
	}

	@Test
	void aSearchWithNoResultsPointsToWhoCanHelpInTheVisitorsLanguage() throws Exception {
		for (String locale : java.util.List.of("ka", "en", "hy")) {
			Document page = page("/" + locale + "/search?q=" + encode("xqzvbnmplk"));
			assertThat(page.select("ol.results")).isEmpty();
			assertThat(page.select("#search-help-link").attr("href")).isEqualTo("/" + locale + "/help");
			assertThat(page.select(".search-help").text()).isNotBlank();
			assertThat(page.select(".search-help .emergency a[href^=tel:]").eachAttr("href")).as("emergency numbers")
				.isNotEmpty();
		}
		assertThat(page("/ka/search?q=" + encode("დასაქმებისთვის")).select("#search-help-link"))
			.as("not when something was found")
			.isEmpty();
	}

	@Test
	void anArmenianPageFoundFromTheEnglishSiteIsLabelledArmenian() throws Exception {
		Document page = page("/en/search?q=" + encode("աշխատանքի"));
		var result = page.select("ol.results li")
			.stream()
			.filter((li) -> li.select("a").attr("href").equals("/hy/pages/" + this.armenianSlug))
			.findFirst()
			.orElseThrow();
		assertThat(result.select("h2").attr("lang")).isEqualTo("hy");
		assertThat(result.select(".meta").text()).contains("Հայերեն");
	}

	@Test
	void typeAndCountryFiltersNarrowTheResults() throws Exception {
		assertThat(page("/ka/search?q=" + encode("დასაქმება") + "&type=NEWS").select("ol.results a").eachAttr("href"))
			.doesNotContain("/ka/pages/" + this.georgianSlug);
		assertThat(page("/ka/search?q=" + encode("დასაქმება") + "&type=PAGE&country=GEORGIA").select("ol.results a")
			.eachAttr("href")).contains("/ka/pages/" + this.georgianSlug);
		Document filtered = page("/ka/search?q=" + encode("დასაქმება") + "&type=PAGE&country=ARMENIA");
		assertThat(filtered.select("ol.results a").eachAttr("href")).doesNotContain("/ka/pages/" + this.georgianSlug);
		assertThat(filtered.select("#type option[selected]").attr("value")).isEqualTo("PAGE");
		assertThat(filtered.select("#country option[selected]").attr("value")).isEqualTo("ARMENIA");
	}

	@Test
	void pagingLinksKeepTheQueryAndTheFilters() throws Exception {
		List<Long> more = new ArrayList<>();
		try {
			for (int i = 0; i < 12; i++) {
				more.add(this.content.publishedPageOnlyIn("ka", "ზღვაოსნობა " + i, ContentFixtures.uniqueSlug("zghva"),
						"ზღვაოსნობა და ნავსადგური."));
			}
			this.indexing.reindexAll();
			Document first = page("/ka/search?q=" + encode("ზღვაოსნობა") + "&type=PAGE");
			assertThat(first.select("ol.results > li")).hasSize(10);
			String next = first.select("a[rel=next]").attr("href");
			assertThat(next).contains("page=2").contains("type=PAGE").contains("q=");
			Document second = page(next);
			assertThat(second.select("ol.results > li")).hasSize(2);
			assertThat(second.select("a[rel=prev]")).isNotEmpty();
		}
		finally {
			more.forEach(this.content::remove);
		}
	}

	@Test
	void badPagesTypesAndCountriesAreAFriendly400() {
		for (String query : List.of("page=0", "page=-1", "page=abc", "page=99999999999", "page=51", "type=bogus",
				"country=FRANCE")) {
			MockHttpServletResponse response = this.mvc.get()
				.uri(java.net.URI.create("/ka/search?q=" + encode("მიგრაცია") + "&" + query))
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(400);
			assertThat(response.getContentType()).as(query).startsWith("text/html");
		}
	}

	@Test
	void whateverIsTypedIsEscapedAndOddQueriesAnswerNormally() throws Exception {
		String attack = "\"><svg onload=alert(1)></title><script>alert(1)</script>";
		MockHttpServletResponse response = get("/en/search?q=" + encode(attack));
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString();
		assertThat(html).doesNotContain("<script>alert").doesNotContain("<svg");
		Document page = Jsoup.parse(html);
		assertThat(page.select("#q").attr("value")).isEqualTo(attack);
		for (String odd : List.of("", "   ", "\"", "((", "a & | b", "foo:*|", "!!!", "\\", "%%%%", "' OR '1'='1",
				"{{7*7}}", "${7*7}", "მიგრაცია".repeat(300), "🙂 ‮ migracia")) {
			assertThat(get("/ka/search?q=" + encode(odd)).getStatus()).as(odd).isEqualTo(200);
		}
	}

	@Test
	void anonymousSearchSetsNoCookieAndNamesItsAlternates() throws Exception {
		MockHttpServletResponse response = get("/hy/search?q=migrant");
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
		assertThat(
				Jsoup.parse(response.getContentAsString()).select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
			.contains("ka", "en", "hy");
	}

	@Test
	void publishingAndUnpublishingThroughTheEditorialWorkflowUpdateTheIndexWithinSeconds() throws Exception {
		String slug = ContentFixtures.uniqueSlug("mtamsvleloba");
		Long id = this.content.publishedNews(CountryScope.GEORGIA, null, false, "ka", "მთამსვლელობა ყაზბეგზე", slug);
		try {
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(
						() -> assertThat(links("/ka/search?q=" + encode("მთამსვლელობა"))).contains("/ka/news/" + slug));
			Actor reviewer = new Actor(-2L, "reviewer@test.example", StaffRole.REVIEWER, CountryScope.BOTH, null,
					false);
			long version = this.editing.getTranslation(reviewer, ContentKind.NEWS, id, "ka").version();
			this.workflow.unpublish(reviewer, ContentKind.NEWS, id, "ka", version);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(links("/ka/search?q=" + encode("მთამსვლელობა")))
					.doesNotContain("/ka/news/" + slug));
		}
		finally {
			this.content.removeNews(id);
		}
	}

	private List<String> links(String uri) throws Exception {
		return page(uri).select("ol.results a").eachAttr("href");
	}

	private Document page(String uri) throws Exception {
		MockHttpServletResponse response = get(uri);
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse get(String uri) {
		// the URI is already encoded, as a browser sends it
		return this.mvc.get().uri(java.net.URI.create(uri)).exchange().getResponse();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
