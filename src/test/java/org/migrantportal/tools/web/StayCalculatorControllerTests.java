package org.migrantportal.tools.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class StayCalculatorControllerTests {

	private static final String OFFICIAL_SOURCE = "https://home-affairs.ec.europa.eu/policies/schengen-borders-and-visa/border-crossing_en";

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "ka", "en", "hy" })
	void showsAnEmptyFormTheExampleAndTheOfficialSource(String locale) throws Exception {
		MockHttpServletResponse response = get("/" + locale + "/tools/stay-calculator").getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(locale);
		assertThat(page.select("form.tools-stay-form[method=get] input[name=entry]")).hasSize(1);
		assertThat(page.select("a[href=" + OFFICIAL_SOURCE + "]")).hasSize(1);
		assertThat(page.select(".tools-stay-example").text()).contains("13.06.2027");
		assertThat(page.select(".tools-stay-result")).isEmpty();
		assertThat(page.select("meta[name=description]").attr("content")).contains("90/180");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void showsTheDaysUsedTheDaysLeftAndTheLatestDay(String locale) throws Exception {
		MockHttpServletResponse response = get("/" + locale
				+ "/tools/stay-calculator?entry=2027-03-01&exit=2027-04-29&entry=2027-04-20&exit=2027-04-25&check=2027-05-15")
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".stay-used").text()).isEqualTo("60");
		assertThat(page.select(".stay-left").text()).isEqualTo("30");
		assertThat(page.select(".stay-latest").text()).as("the way dates are written in the region")
			.isEqualTo("13.06.2027");
		assertThat(page.select(".stay-latest time").attr("datetime")).isEqualTo("2027-06-13");
		assertThat(page.select(".stay-window").text()).contains("17.11.2026").contains("15.05.2027");
		assertThat(page.select("input[name=entry]").eachAttr("value")).containsExactly("2027-03-01", "2027-04-20");
	}

	@Test
	void aBadDateAnswers400InGeorgianWithTheFormKept() throws Exception {
		MockHttpServletResponse response = get(
				"/ka/tools/stay-calculator?entry=2027-13-01&exit=2027-04-29&entry=2027-05-10&exit=2027-05-01&check=2027-05-15")
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("input[name=entry]").eachAttr("value")).containsExactly("2027-13-01", "2027-05-10");
		assertThat(page.select("input[name=exit]").eachAttr("value")).containsExactly("2027-04-29", "2027-05-01");
		assertThat(page.select("#check").attr("value")).isEqualTo("2027-05-15");
		assertThat(page.select("#entry-0").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#entry-0-error").text()).contains("ეს არ არის თარიღი");
		assertThat(page.select("#exit-1-error").text()).contains("გასვლის დღე შესვლის დღეზე ადრეა");
		assertThat(page.select(".tools-stay-result")).isEmpty();
	}

	@Test
	void aBadCheckDateAnswers400InArmenianWithTheFormKept() throws Exception {
		MockHttpServletResponse response = get(
				"/hy/tools/stay-calculator?entry=2027-03-01&exit=2027-04-29&check=2027-02-30")
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#entry-0").attr("value")).isEqualTo("2027-03-01");
		assertThat(page.select("#check").attr("value")).isEqualTo("2027-02-30");
		assertThat(page.select("#check-error").text()).contains("Սա ամսաթիվ չէ");
	}

	@Test
	void tooManyRowsAndFarAwayDatesAnswer400NotAServerError() throws Exception {
		StringBuilder many = new StringBuilder("/en/tools/stay-calculator?check=2027-05-15");
		for (int i = 0; i < 25; i++) {
			many.append("&entry=2027-01-01&exit=2027-01-02");
		}
		assertThat(get(many.toString()).getResponse().getStatus()).isEqualTo(400);
		assertThat(get("/en/tools/stay-calculator?entry=0001-01-01&exit=9999-12-31&check=2027-05-15").getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(get("/en/tools/stay-calculator?check=%00%ff").getResponse().getStatus()).isLessThan(500);
		assertThat(get("/en/tools/stay-calculator?rows=abc").getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void theAddARowButtonAddsAnEmptyRowAndKeepsTheValues() throws Exception {
		Document first = Jsoup.parse(get("/hy/tools/stay-calculator").getResponse().getContentAsString());
		assertThat(first.select("button[name=rows]").attr("value")).isEqualTo("2");
		MockHttpServletResponse response = get(
				"/hy/tools/stay-calculator?entry=2027-03-01&exit=2027-04-2&check=2027-05-15&rows=2")
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("input[name=entry]").eachAttr("value")).containsExactly("2027-03-01", "");
		assertThat(page.select("input[name=exit]").eachAttr("value")).containsExactly("2027-04-2", "");
		assertThat(page.select("#check").attr("value")).isEqualTo("2027-05-15");
		assertThat(page.select("button[name=rows]").attr("value")).isEqualTo("3");
		assertThat(page.select("p.error")).isEmpty();
	}

	@Test
	void thePageSetsNoCookieAndNoSession() throws Exception {
		MvcTestResult result = get("/ka/tools/stay-calculator?entry=2027-03-01&exit=2027-04-29&check=2027-05-15");
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getCookies()).isEmpty();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(get("/ka/tools/stay-calculator?entry=x&exit=y").getRequest().getSession(false)).isNull();
	}

	@Test
	void theSitemapListsTheCalculator() throws Exception {
		assertThat(get("/sitemap.xml").getResponse().getContentAsString()).contains("/hy/tools/stay-calculator");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

}
