package org.migrantportal.web.offline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class HelpSheetControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private Clock clock;

	@Test
	void georgianSheetShowsGeorgiasEmergencyNumberTheAddressAndTheDayPrinted() throws Exception {
		Document sheet = get("/ka/help/sheet?country=GE");
		assertThat(sheet.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(sheet.selectFirst("h1").text()).isEqualTo("საგანგებო კონტაქტები: საქართველო");
		assertThat(telLinks(sheet.select(".sheet-numbers").first())).containsExactly("tel:112");
		assertThat(sheet.select("a.sheet-number").first().text()).isEqualTo("112");
		String today = LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Tbilisi"))).toString();
		assertThat(sheet.select(".sheet-footer").text()).contains("http://localhost/ka/help")
			.contains("დაბეჭდვის თარიღი: " + today);
	}

	@Test
	void sheetShowsTheSameEmergencyNumbersAsTheHelpPageOfThatCountry() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			for (String country : List.of("ge", "am")) {
				Document help = get("/" + locale + "/help?country=" + country);
				Document sheet = get("/" + locale + "/help/sheet?country=" + country);
				List<String> helpNumbers = telLinks(
						help.select("section.emergency .emergency-country-numbers").first());
				assertThat(telLinks(sheet.select(".sheet-numbers").first())).as(locale + " " + country)
					.isNotEmpty()
					.containsExactlyElementsOf(helpNumbers);
				// every number on the sheet is one the help page publishes: none invented
				assertThat(telLinks(sheet.selectFirst("main"))).as(locale + " " + country)
					.isSubsetOf(telLinks(help.selectFirst("main")));
			}
		}
	}

	@Test
	void englishSheetOfArmeniaNamesTheCountryAndLinksToGeorgiasSheet() throws Exception {
		Document sheet = get("/en/help/sheet?country=am");
		assertThat(sheet.selectFirst("h1").text()).isEqualTo("Emergency contacts: Armenia");
		assertThat(telLinks(sheet.select(".sheet-numbers").first())).containsExactly("tel:911", "tel:112");
		assertThat(sheet.select(".sheet-other a").eachAttr("href")).contains("/en/help/sheet?country=ge");
		assertThat(sheet.select("link[hreflang=hy]").attr("href")).endsWith("/hy/help/sheet?country=am");
	}

	@Test
	void armenianSheetWithoutCountryShowsArmenia() throws Exception {
		Document sheet = get("/hy/help/sheet");
		assertThat(sheet.selectFirst("html").attr("lang")).isEqualTo("hy");
		assertThat(sheet.selectFirst("h1").text()).isEqualTo("Արտակարգ իրավիճակների կոնտակտներ՝ Հայաստան");
		assertThat(telLinks(sheet.select(".sheet-numbers").first())).containsExactly("tel:911", "tel:112");
	}

	@Test
	void theSheetListsTheHelpPagesContactsOfThatCountryWithTheirSampleLabels() throws Exception {
		for (String country : List.of("georgia", "armenia")) {
			String code = country.equals("georgia") ? "ge" : "am";
			Document help = get("/en/help?country=" + code);
			Document sheet = get("/en/help/sheet?country=" + code);
			String sections = "section[aria-labelledby=help-" + country + "], section[aria-labelledby=help-both]";
			assertThat(sheet.select(".sheet-contacts h3").eachText()).as(country)
				.isNotEmpty()
				.containsExactlyElementsOf(help.select(sections).select(".contact h3").eachText());
			assertThat(sheet.select(".sheet-contacts .sample")).as(country)
				.hasSameSizeAs(help.select(sections).select(".contact .sample"));
		}
	}

	@Test
	void anUnknownCountryIsAFriendlyBadRequestInTheVisitorsLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/ka/help/sheet?country=xx").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(page.text()).doesNotContain("Exception").contains("112");
	}

	@Test
	void anUnknownLanguageIsTheFriendlyNotFoundPage() throws Exception {
		assertThat(this.mvc.get().uri("/xx/help/sheet?country=ge").exchange().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theHelpPageLinksToTheSheetOfTheCountryShown() throws Exception {
		assertThat(get("/en/help?country=am").select(".help-sheet-link a").attr("href"))
			.isEqualTo("/en/help/sheet?country=am");
		assertThat(get("/ka/help").select(".help-sheet-link a").attr("href")).isEqualTo("/ka/help/sheet");
	}

	@Test
	void theSheetIsNeverKeptInTheSharedPageCacheBecauseItsDateChanges() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/en/help/sheet?country=ge").exchange().getResponse();
		assertThat(response.getHeader("Cache-Control")).contains("private");
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static List<String> telLinks(Element element) {
		assertThat(element).isNotNull();
		return element.select("a[href^=tel:]").eachAttr("href");
	}

}
