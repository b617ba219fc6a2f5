package org.migrantportal.directory.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.directory.DirectoryFixtures;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class ServiceDirectoryControllerTests {

	/** Monday 2026-11-30, 12:00 in Tbilisi and Yerevan. */
	private static final Instant MONDAY_NOON = Instant.parse("2026-11-30T08:00:00Z");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MutableClock clock;

	private DirectoryFixtures fixtures;

	private Instant realNow;

	private String suffix;

	@BeforeEach
	void publishListings() {
		this.realNow = this.clock.instant();
		this.clock.advance(Duration.between(this.realNow, MONDAY_NOON));
		this.fixtures = new DirectoryFixtures(this.context);
		this.suffix = this.fixtures.suffix;
		this.fixtures.publish(this.fixtures.legalAid());
		this.fixtures.publish(this.fixtures.yerevanShelter());
		this.fixtures.publish(this.fixtures.regionalHotline());
		this.fixtures.publish(this.fixtures.closedLegalAid());
		this.fixtures.publish(this.fixtures.inactive());
	}

	@AfterEach
	void removeListings() {
		this.fixtures.removeAll();
		this.clock.advance(Duration.between(this.clock.instant(), this.realNow));
	}

	@Test
	void theDirectoryListsServicesWithTheirFactsAndAFormThatWorksWithoutJavaScript() throws Exception {
		Document page = get("/en/services?language=" + this.fixtures.marker);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Services directory");
		assertThat(page.selectFirst("form.directory-filters").attr("method")).isEqualTo("get");
		assertThat(page.select("form.directory-filters fieldset legend")).hasSize(1);
		for (String field : new String[] { "country", "place", "category", "language", "free", "open" }) {
			assertThat(page.select("label[for=" + field + "]")).as(field).hasSize(1);
			assertThat(page.select("#" + field).attr("name")).isEqualTo(field);
		}
		assertThat(page.select("#category option").eachAttr("value")).contains("legal-aid", "shelter", "medical",
				"psycho-social", "employment", "return-reintegration", "counter-trafficking", "consular", "documents",
				"education");
		assertThat(page.select("#place option").eachText()).contains("Tbilisi", "Yerevan", "Adjara");
		assertThat(page.selectFirst(".count").text()).isEqualTo("Services found: 4");
		assertThat(page.select(".services h2 a").eachText()).containsExactly("Closed legal aid",
				"Legal aid for migrants", "Regional counselling", "Shelter in Yerevan");
		var legalAid = page.select(".services li").get(1);
		assertThat(legalAid.text()).contains("IOM Mission in Georgia", "Tbilisi", "Legal aid", "Documents",
				"Free of charge", "Open now");
		var closed = page.select(".services li").get(0);
		assertThat(closed.text()).contains("Temporarily closed").doesNotContain("Open now");
		assertThat(legalAid.select(".hours-sample").text()).isEqualTo("(from sample hours, not real ones)");
		assertThat(page.select(".services li").get(2).select(".hours-sample")).as("no hours, no note").isEmpty();
		assertThat(page.select(".services li").get(3).text()).as("not free, and nothing said about fees")
			.contains("Fee unknown", "Open now")
			.doesNotContain("Fees may apply");
		assertThat(page.text()).doesNotContain("Ended project");
		assertThat(page.select("nav.site-nav a[href='/en/services']")).hasSize(1);
		assertThat(get("/hy/").select("a.directory-link[href='/hy/services']")).hasSize(1);
	}

	@Test
	void filtersCombineAndPaginationLinksKeepThem() throws Exception {
		Document page = get(
				"/ka/services?country=GEORGIA&category=legal-aid&language=" + this.fixtures.marker + "&size=1");
		assertThat(page.selectFirst(".count").text()).isEqualTo("ნაპოვნი სერვისები: 2");
		assertThat(page.select("#country option[selected]").attr("value")).isEqualTo("GEORGIA");
		assertThat(page.select("#category option[selected]").attr("value")).isEqualTo("legal-aid");
		String next = page.selectFirst("a[rel=next]").attr("href");
		assertThat(next).contains("page=2", "country=GEORGIA", "category=legal-aid", "language=" + this.fixtures.marker,
				"size=1");
		Document second = get(next);
		assertThat(second.select(".services h2 a")).hasSize(1);
		assertThat(second.selectFirst("a[rel=prev]").attr("href")).contains("page=1", "category=legal-aid");
		Document open = get("/en/services?open=true&free=true&language=" + this.fixtures.marker);
		assertThat(open.select(".services h2 a").eachText()).containsExactly("Legal aid for migrants");
		assertThat(open.select("#open").hasAttr("checked")).isTrue();
		assertThat(get("/en/services?page=99&language=" + this.fixtures.marker).select(".services li")).isEmpty();
	}

	@Test
	void badFilterValuesAreAFriendlyLocalized400() throws Exception {
		for (String query : new String[] { "category=astrology", "page=-1", "page=0", "page=abc", "size=0",
				"page=99999999999", "country=FRANCE", "free=maybe", "place=%3Cscript%3E", "language=english" }) {
			MockHttpServletResponse response = this.mvc.get().uri("/hy/services?" + query).exchange().getResponse();
			assertThat(response.getStatus()).as(query).isEqualTo(400);
			assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("html").attr("lang")).isEqualTo("hy");
		}
		assertThat(this.mvc.get().uri("/en/services?size=100000").exchange().getResponse().getStatus())
			.as("an oversized page is capped, not refused")
			.isEqualTo(200);
		assertThat(this.mvc.get()
			.uri("/en/services?country=&place=&category=&language=")
			.exchange()
			.getResponse()
			.getStatus()).as("the form sent with every filter on Any").isEqualTo(200);
		assertThat(this.mvc.get().uri("/en/services?place=nowhere").exchange().getResponse().getStatus())
			.as("an unknown place is an empty list")
			.isEqualTo(200);
	}

	@Test
	void aServicePageShowsHowToReachItWithSampleDataMarked() throws Exception {
		Document page = get("/en/services/legal-aid-" + this.suffix);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Legal aid for migrants");
		assertThat(page.text()).contains("Every migrant and returnee.", "Free of charge", "Open now",
				"IOM Mission in Georgia");
		assertThat(page.selectFirst(".languages-spoken").text()).contains("Georgian", "Russian");
		assertThat(page.select("main a[href^=tel:]").eachAttr("href")).containsExactly("tel:+995320000000");
		assertThat(page.selectFirst(".phones li").text()).contains("Hotline", "Sample data");
		assertThat(page.select("a[href=mailto:help@example.org]")).hasSize(1);
		assertThat(page.select("a[href=https://example.org/help]")).hasSize(1);
		assertThat(page.select("a[href=geo:41.693800,44.801500]")).hasSize(1);
		assertThat(page.select("a[href^=https://www.openstreetmap.org/?mlat=41.693800&mlon=44.801500]")).hasSize(1);
		assertThat(page.select(".location .sample")).hasSize(1);
		assertThat(page.select("#hours-heading ~ .sample")).hasSize(1);
		assertThat(page.select(".hours tr")).hasSize(7);
		assertThat(page.selectFirst(".hours tr.today").text()).contains("Monday", "10:00–18:00", "Today");
		assertThat(page.select(".hours tr").get(6).text()).contains("Sunday", "Closed");
		assertThat(page.selectFirst(".local-address span[lang=ka]").text()).contains("ნიმუშის ქუჩა 1");
		assertThat(page.select(".share a").eachAttr("href")).anyMatch((href) -> href.startsWith("sms:?body="))
			.anyMatch((href) -> href.startsWith("https://wa.me/?text="))
			.anyMatch((href) -> href.startsWith("https://t.me/share/url?url=http"))
			.anyMatch((href) -> href.startsWith("viber://forward?text="));
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("ka", "en", "hy",
				"x-default");
		assertThat(page.select("script[src^=http], iframe")).isEmpty();
	}

	@Test
	void sampleDataIsMarkedInEveryLanguageAndLanguagesAreNamedInThePagesLanguage() throws Exception {
		Document georgian = get("/ka/services/iuridiuli-daxmareba-" + this.suffix);
		assertThat(georgian.select(".sample").eachText()).allMatch((text) -> text.contains("ნიმუშის მონაცემი"));
		assertThat(georgian.selectFirst(".languages-spoken").text()).contains("ქართული", "რუსული");
		assertThat(georgian.select(".local-address")).as("already in Georgian").isEmpty();
		Document armenian = get("/hy/services/iravabanakan-ognutyun-" + this.suffix);
		assertThat(armenian.select(".sample")).hasSize(3);
		assertThat(armenian.select(".hours-sample").text()).containsPattern("\\p{IsArmenian}");
		assertThat(armenian.select(".sample").eachText()).allMatch((text) -> text.contains("Օրինակային տվյալ"));
		assertThat(armenian.selectFirst(".languages-spoken").text()).containsPattern("\\p{IsArmenian}");
	}

	@Test
	void anotherLanguagesSlugOrAnOldSlugAnswers301ToTheCurrentOne() throws Exception {
		assertRedirect("/en/services/iuridiuli-daxmareba-" + this.suffix, "/en/services/legal-aid-" + this.suffix);
		ServiceListingDocument original = this.fixtures.closedLegalAid();
		Long id = this.fixtures.publish(DirectoryFixtures.withTexts(original, Map.of("en",
				new ServiceListingDocument.Text("old-" + this.suffix, "Old name", "", "", "", false, null))));
		this.fixtures.republish(id, DirectoryFixtures.withTexts(original, Map.of("en",
				new ServiceListingDocument.Text("new-" + this.suffix, "New name", "", "", "", false, null))));
		assertRedirect("/en/services/old-" + this.suffix, "/en/services/new-" + this.suffix);
		assertThat(get("/en/services/new-" + this.suffix).selectFirst("h1").text()).isEqualTo("New name");
	}

	@Test
	void aMissingTranslationShowsTheFallbackWithANoticeAndItsOwnLanguage() throws Exception {
		Document page = get("/ka/services/shelter-" + this.suffix);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(page.selectFirst(".notice").text()).contains("English");
		assertThat(page.selectFirst("article").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Shelter in Yerevan");
		assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en", "hy",
				"x-default");
		assertThat(page.selectFirst(".phones li").text()).contains("ცხელი ხაზი", "24/7");
		assertThat(page.select(".hours tr.today td").text()).isEqualTo("00:00–24:00");
		Document english = get("/en/services/shelter-" + this.suffix);
		assertThat(english.selectFirst(".local-address span[lang=hy]").text()).contains("Նմուշային փողոց 1");
	}

	@Test
	void aTemporarilyClosedServiceIsMarkedAndNeverOpenNow() throws Exception {
		Document page = get("/en/services/closed-" + this.suffix);
		assertThat(page.select(".status-closed").text()).isEqualTo("Temporarily closed");
		assertThat(page.select(".open-now, .closed-now")).isEmpty();
		assertThat(page.select(".hours tr.today td").text()).as("its usual hours stay visible")
			.isEqualTo("00:00–24:00");
	}

	@Test
	void unknownOrInactiveServicesAndOrganizationsAreTheFriendly404() throws Exception {
		for (String path : new String[] { "/en/services/no-such-service", "/en/services/inactive-" + this.suffix,
				"/ka/organizations/no-such-organization", "/xx/services" }) {
			MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
		}
	}

	@Test
	void anOrganizationPageShowsItsFactsAndPublishedServices() throws Exception {
		Document page = get("/hy/organizations/iom-armenia");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hy");
		assertThat(page.selectFirst("h1").text()).containsPattern("\\p{IsArmenian}");
		assertThat(page.select(".services h2 a").eachAttr("href")).contains("/hy/services/apastan-" + this.suffix);
		assertThat(page.select(".services h2 a").eachAttr("href"))
			.noneMatch((href) -> href.contains("legal-aid-" + this.suffix));
		Document georgia = get("/en/organizations/iom-georgia");
		assertThat(georgia.select("a[href=https://georgia.iom.int]")).hasSize(1);
		assertThat(georgia.select(".services h2 a").eachText()).contains("Legal aid for migrants")
			.doesNotContain("Ended project");
		assertThat(georgia.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).contains("ka", "en", "hy");
	}

	@Test
	void theSitemapListsServicesAndOrganizationsWithAlternates() throws Exception {
		String sitemap = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
		assertThat(sitemap)
			.contains("/ka/services</loc>", "/hy/services/apastan-" + this.suffix + "</loc>",
					"hreflang=\"en\" href=\"http://localhost/en/services/shelter-" + this.suffix + "\"",
					"/ka/organizations/iom-georgia</loc>")
			.doesNotContain("inactive-" + this.suffix);
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private void assertRedirect(String from, String to) {
		MockHttpServletResponse response = this.mvc.get().uri(from).exchange().getResponse();
		assertThat(response.getStatus()).as(from).isEqualTo(301);
		assertThat(response.getRedirectedUrl()).endsWith(to);
	}

}
