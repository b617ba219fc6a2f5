package org.migrantportal.content;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class NewsTests {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Clock clock;

	private final List<Long> created = new ArrayList<>();

	private ContentFixtures content;

	private String georgianSlug;

	private String armenianSlug;

	@BeforeEach
	void twoPublishedNewsItems() {
		this.content = new ContentFixtures(this.context);
		this.georgianSlug = ContentFixtures.uniqueSlug("shekhvedra");
		this.armenianSlug = ContentFixtures.uniqueSlug("handipum");
		// dated ahead of every other item, so they are the newest
		LocalDate ahead = LocalDate.now(this.clock).plusMonths(11);
		this.created
			.add(publish(CountryScope.GEORGIA, ahead.plusDays(1), true, this.georgianSlug, "შეხვედრა თბილისში"));
		this.created.add(publish(CountryScope.ARMENIA, ahead, false, this.armenianSlug, "შეხვედრა ერევანში"));
	}

	@AfterEach
	void remove() {
		this.created.forEach(this.content::removeNews);
	}

	@Test
	void newsListIsNewestFirstPaginatedAndFilteredByCountry() throws Exception {
		List<String> links = Jsoup.parse(get("/ka/news?size=2").getContentAsString())
			.select(".news a")
			.eachAttr("href");
		assertThat(links).containsExactly("/ka/news/" + this.georgianSlug, "/ka/news/" + this.armenianSlug);
		assertThat(Jsoup.parse(get("/ka/news?size=1&page=2").getContentAsString()).select(".news a").eachAttr("href"))
			.containsExactly("/ka/news/" + this.armenianSlug);
		assertThat(Jsoup.parse(get("/ka/news?country=ARMENIA").getContentAsString()).select(".news a").eachAttr("href"))
			.contains("/ka/news/" + this.armenianSlug)
			.doesNotContain("/ka/news/" + this.georgianSlug);
		assertThat(Jsoup.parse(get("/ka/news?page=9999").getContentAsString()).select(".news a")).isEmpty();
	}

	@Test
	void badPageNumbersSizesAndFiltersAreAFriendly400() {
		for (String query : new String[] { "page=0", "page=-3", "page=abc", "page=99999999999", "size=0", "size=-1",
				"country=FRANCE" }) {
			MockHttpServletResponse response = this.mvc.get().uri("/ka/news?" + query).exchange().getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(400);
		}
		assertThat(this.mvc.get().uri("/ka/news?size=100000").exchange().getResponse().getStatus())
			.as("an oversized page is capped, not refused")
			.isEqualTo(200);
	}

	@Test
	void newsItemHasOpenGraphTagsAlternatesAndAFallbackNotice() throws Exception {
		var page = Jsoup.parse(get("/ka/news/" + this.georgianSlug).getContentAsString());
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("შეხვედრა თბილისში");
		assertThat(page.select("meta[property=og:url]").attr("content")).endsWith("/ka/news/" + this.georgianSlug);
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("ka",
				"x-default");
		var english = Jsoup.parse(get("/en/news/" + this.georgianSlug).getContentAsString());
		assertThat(english.select(".notice").text()).contains("ქართული");
		assertThat(english.selectFirst("article").attr("lang")).isEqualTo("ka");
		assertThat(this.mvc.get().uri("/ka/news/no-such-news").exchange().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void atomFeedOfALanguageIsValidAndListsItsNews() throws Exception {
		MockHttpServletResponse response = get("/ka/news/feed.atom");
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsString().getBytes(StandardCharsets.UTF_8)))
			.getDocumentElement();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(feed.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).endsWith("/ka/news/feed.atom");
		assertThat(feed.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).matches("\\d{4}-.*Z");
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
			assertThat(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).isNotBlank();
			Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			assertThat(link.getAttribute("href")).contains("/ka/news/");
		}
		assertThat(ids).anySatisfy((id) -> assertThat(id).endsWith("/ka/news/" + this.georgianSlug));
		var english = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(get("/en/news/feed.atom").getContentAsByteArray()))
			.getDocumentElement();
		List<String> englishLinks = new ArrayList<>();
		NodeList englishEntries = english.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < englishEntries.getLength(); i++) {
			englishLinks
				.add(((Element) englishEntries.item(i)).getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
		}
		assertThat(englishLinks).as("a feed carries only its own language")
			.noneMatch((link) -> link.endsWith(this.georgianSlug));
	}

	@Test
	void homeShowsFeaturedNewsAndTheSitemapListsNews() throws Exception {
		assertThat(Jsoup.parse(get("/ka/").getContentAsString()).select("#news-heading ~ .news a").eachAttr("href"))
			.first()
			.isEqualTo("/ka/news/" + this.georgianSlug);
		assertThat(get("/sitemap.xml").getContentAsString()).contains("/ka/news/" + this.georgianSlug)
			.contains("/hy/news</loc>");
	}

	private Long publish(CountryScope country, LocalDate date, boolean featured, String slug, String title) {
		return this.content.publishedNews(country, date, featured, "ka", title, slug);
	}

	private MockHttpServletResponse get(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

}
