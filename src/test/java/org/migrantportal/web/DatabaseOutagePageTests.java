package org.migrantportal.web;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a visitor and an editor see when the database cannot be reached, as the error page
 * answers it (DatabaseOutageTests stops a real database).
 */
@PortalWebTest
class DatabaseOutagePageTests {

	private static final CannotCreateTransactionException OUTAGE = new CannotCreateTransactionException(
			"Could not open JPA EntityManager for transaction");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aVisitorGetsAFriendly503InTheirLanguageWithRetryAfterAndTheEmergencyNumbers() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, OUTAGE)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/hy/")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.header("Accept-Language", "hy")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("a[href^=tel:]")).as("the emergency numbers").isNotEmpty();
		assertThat(response.getContentAsString()).doesNotContainIgnoringCase("exception");
	}

	@Test
	void anEditorsFormSentDuringAnOutageComesBackWithEverythingTypedAndATryAgainButton() throws Exception {
		String body = "ტექსტი, რომელიც არ უნდა დაიკარგოს.\nSecond line of the body.";
		// as the container dispatches it: a GET naming the form's POST
		MockHttpServletResponse response = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, OUTAGE)
			.requestAttr(RequestDispatcher.ERROR_METHOD, "POST")
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/topics")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.param("_csrf", "the-session-token")
			.param("locale", "ka")
			.param("title", "სათაური")
			.param("bodyMarkdown", body)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#outage-error").text()).as("in the back-office language, Georgian by default")
			.contains("ჯერ არ შენახულა");
		assertThat(page.selectFirst("form[data-guard]").attr("action")).isEqualTo("/admin/topics");
		assertThat(page.select("textarea[name=bodyMarkdown]").first().wholeText()).isEqualTo(body);
		assertThat(page.select("input[type=hidden][name=title]").val()).isEqualTo("სათაური");
		assertThat(page.select("input[type=hidden][name=_csrf]").val()).isEqualTo("the-session-token");
		assertThat(page.select("form[data-guard] button[type=submit]").text()).isNotBlank();
	}

	@Test
	void anyOtherFailureIsStillTheOrdinaryErrorPage() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/error")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("a bug"))
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getHeader("Retry-After")).isNull();
	}

}
