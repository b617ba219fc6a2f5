package org.migrantportal.callback.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.callback.CallBackFixtures;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without {@code PORTAL_CALLBACK_KEY} the portal starts, the form says the service is not
 * available here, and a request sent anyway is refused without storing anything.
 */
@PortalWebTest
@TestPropertySource(properties = "portal.callback.key=")
class CallBackWithoutKeyTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void theFormSaysTheServiceIsNotAvailableAndNothingIsStored() throws Exception {
		CallBackFixtures fixtures = new CallBackFixtures(this.context);
		fixtures.clear();
		fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 30);
		try {
			Document form = Jsoup
				.parse(this.mvc.get().uri("/ka/help/call-back").exchange().getResponse().getContentAsString());
			assertThat(form.select(".callback-unavailable").text()).contains("ხელმისაწვდომი არ არის");
			assertThat(form.select("form.callback-form")).isEmpty();

			MockHttpServletResponse refused = this.mvc.post()
				.uri("/ka/help/call-back")
				.param("name", "ნინო")
				.param("contact", CallBackFixtures.PHONE)
				.param("language", "ka")
				.param("country", "GEORGIA")
				.param("topic", "ვიზა")
				.param("organizationId", fixtures.organizationId(CallBackFixtures.GEORGIAN_NGO).toString())
				.param("consent", "yes")
				.exchange()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(Jsoup.parse(refused.getContentAsString()).select(".callback-unavailable")).hasSize(1);
			assertThat(fixtures.count()).isZero();
		}
		finally {
			fixtures.clear();
		}
	}

}
