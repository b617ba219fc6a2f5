package org.migrantportal.directory.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency numbers on every kind of public page, in every language: the official
 * numbers of the visitor's country as tel: links (Georgia 112; Armenia 911 and 112), the
 * country picked with {@code ?country=}, else the one the language suggests, else both.
 */
@PortalWebTest
class EmergencyBlockTests {

	private static final List<String> GEORGIA = List.of("tel:112");

	private static final List<String> ARMENIA = List.of("tel:911", "tel:112");

	private static final List<String> BOTH = List.of("tel:112", "tel:911", "tel:112");

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@CsvSource({ "/ka/, 200", "/en/, 200", "/hy/, 200", "/ka/pages/migrantta-resurs-tsentrebi, 200",
			"/en/pages/migrant-resource-centres, 200", "/hy/pages/migrantneri-resursayin-kentronner, 200",
			"/ka/help, 200", "/en/help, 200", "/hy/help, 200", "/ka/no-such-page, 404", "/en/no-such-page, 404",
			"/hy/no-such-page, 404" })
	void everyPageShowsTheNumbersOfTheCountryItsLanguageSuggests(String path, int status) throws Exception {
		Document page = get(path, status);
		String language = path.substring(1, 3);
		List<String> expected = switch (language) {
			case "ka" -> GEORGIA;
			case "hy" -> ARMENIA;
			default -> BOTH;
		};
		assertThat(page.select(".emergency-bar a.tel").eachAttr("href")).containsExactlyElementsOf(expected);
	}

	@Test
	void theVisitorPicksArmeniaOnAGeorgianPage() throws Exception {
		Document page = get("/ka/?country=am", 200);
		assertThat(page.select(".emergency-bar a.tel").eachAttr("href")).containsExactlyElementsOf(ARMENIA);
		assertThat(page.select(".emergency-bar a.emergency-more").attr("href")).isEqualTo("/ka/help?country=am");
	}

	@Test
	void anUnknownCountryFallsBackToTheLanguagesCountry() throws Exception {
		Document page = get("/hy/?country=%3Cscript%3E", 200);
		assertThat(page.select(".emergency-bar a.tel").eachAttr("href")).containsExactlyElementsOf(ARMENIA);
		assertThat(page.html()).doesNotContain("<script>");
	}

	@ParameterizedTest
	@CsvSource({ "ka, /ka/no-such-page, 112", "en, /en/no-such-page, 911", "hy, /hy/no-such-page, 911" })
	void theFullBlockIsOnTheNotFoundPageWithLargeTelLinks(String language, String path, String number)
			throws Exception {
		Document page = get(path, 404);
		Element block = page.selectFirst("main section.emergency");
		assertThat(block).isNotNull();
		assertThat(block.select("a.tel-large").eachText()).contains(number);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
	}

	@Test
	void theHelpPageShowsTheFullBlockAndListsArmeniaFirstForArmenianVisitors() throws Exception {
		for (String path : List.of("/hy/help", "/en/help?country=am", "/ka/help?country=am")) {
			Document page = get(path, 200);
			assertThat(page.select("main section.emergency a.tel-large").eachAttr("href")).as(path)
				.containsExactlyElementsOf(ARMENIA);
			assertThat(page.select("section.help-country h2").first().attr("id")).as(path).isEqualTo("help-armenia");
		}
		Document georgian = get("/ka/help", 200);
		assertThat(georgian.select("section.help-country h2").first().attr("id")).isEqualTo("help-georgia");
		assertThat(georgian.select(".contact h3").eachText()).anyMatch((name) -> name.contains("IOM"));
		assertThat(georgian.select(".contact"))
			.anySatisfy((contact) -> assertThat(contact.text()).contains("112.gov.ge"));
	}

	@ParameterizedTest
	@CsvSource({ "/ka/x, tel:112", "/en/x, tel:911", "/hy/x, tel:911" })
	void theContainerLevelErrorPageShowsTheNumbersInTheVisitorsLanguage(String original, String number)
			throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, original)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".emergency-bar a.tel, section.emergency a.tel").eachAttr("href")).contains(number);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(original.substring(1, 3));
	}

	@Test
	void aBareErrorRequestShowsTheErrorPageWithTheNumbersNot500Text() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/error").exchange().getResponse();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("a[href=tel:112]")).isNotEmpty();
	}

	private Document get(String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
