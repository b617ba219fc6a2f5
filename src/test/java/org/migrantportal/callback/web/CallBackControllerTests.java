package org.migrantportal.callback.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.callback.CallBackFixtures;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public call-back form: the organizations that take requests, each wrong field
 * answered with 400 next to the field in the visitor's language and the form kept, and a
 * confirmation naming who will call and for how long the request is kept.
 */
@PortalWebTest
class CallBackControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private CallBackFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new CallBackFixtures(this.context);
		this.fixtures.clear();
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 30);
		this.fixtures.accept(CallBackFixtures.ARMENIAN_NGO, 21);
	}

	@AfterEach
	void clear() {
		this.fixtures.clear();
	}

	@Test
	void theFormListsOnlyOrganizationsThatTakeRequestsAndIsNeverCached() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/ka/help/call-back").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(page.select("#organizationId option[value]:not([value=''])").eachAttr("value"))
			.containsExactly(id(CallBackFixtures.GEORGIAN_NGO), id(CallBackFixtures.ARMENIAN_NGO));
		assertThat(page.select("#organizationId").text()).contains("საქართველოს კარიტასი").contains("30");
		assertThat(page.select("#country-GEORGIA").hasAttr("checked")).as("Georgian visitors' country").isTrue();
		assertThat(page.select("#consent-text").text()).contains("30 დღე");
		assertThat(page.select("form.callback-form[method=post]")).hasSize(1);
	}

	@Test
	void theHelpPageLinksToTheForm() throws Exception {
		Document page = Jsoup.parse(this.mvc.get().uri("/hy/help").exchange().getResponse().getContentAsString());
		assertThat(page.select("a[href=/hy/help/call-back]").text()).contains("հետ զանգահարել");
	}

	@Test
	void wrongFieldsAnswer400InGeorgianNextToTheFieldWithEverythingTypedKept() throws Exception {
		long before = this.fixtures.count();
		MockHttpServletResponse response = post("/ka/help/call-back", "ნინო", "call me!!", "ka", "GEORGIA",
				"ვიზის საკითხი", id(CallBackFixtures.ARMENIAN_NGO), null);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#name").attr("value")).isEqualTo("ნინო");
		assertThat(page.select("#contact").attr("value")).isEqualTo("call me!!");
		assertThat(page.select("#topic").text()).isEqualTo("ვიზის საკითხი");
		assertThat(page.select("#organizationId option[selected]").attr("value"))
			.isEqualTo(id(CallBackFixtures.ARMENIAN_NGO));
		assertThat(page.select("#contact").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#contact-error").text())
			.isEqualTo("ეს არ ჰგავს ტელეფონის ნომერს ან მესენჯერის მისამართს.");
		assertThat(page.select("#organization-error").text()).contains("არჩეულ ქვეყანაში არ მუშაობს");
		assertThat(page.select("#consent-error").text()).contains("თანხმობის");
		assertThat(page.select("#name-error")).isEmpty();
		assertThat(this.fixtures.count()).isEqualTo(before);
	}

	@Test
	void aRequestWithoutAnyFieldIsA400NotA500() throws Exception {
		MockHttpServletResponse response = this.mvc.post().uri("/en/help/call-back").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("p.error")).hasSizeGreaterThanOrEqualTo(5);
	}

	@Test
	void aGoodRequestIsStoredAndTheAnswerSaysWhoCallsAndForHowLongItIsKept() throws Exception {
		MockHttpServletResponse response = post("/hy/help/call-back", "Անի", "@ani_yerevan", "hy", "ARMENIA",
				"Աշխատանք արտասահմանում", id(CallBackFixtures.ARMENIAN_NGO), "yes");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".callback-organization").text()).contains("Կարիտաս");
		assertThat(page.select(".callback-retention").text())
			.isEqualTo("Ձեր խնդրանքը պահվում է 21 օր, այնուհետև ինքնաբերաբար ջնջվում է։");
		assertThat(this.fixtures.count()).isEqualTo(1);
	}

	private MockHttpServletResponse post(String path, String name, String contact, String language, String country,
			String topic, String organizationId, String consent) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(path)
			.param("name", name)
			.param("contact", contact)
			.param("language", language)
			.param("country", country)
			.param("topic", topic)
			.param("organizationId", organizationId);
		if (consent != null) {
			request = request.param("consent", consent);
		}
		return request.exchange().getResponse();
	}

	private String id(String organizationKey) {
		return this.fixtures.organizationId(organizationKey).toString();
	}

}
