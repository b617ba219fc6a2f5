package org.migrantportal.operations;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class RequestIdTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyAnswerCarriesANewRequestId() throws Exception {
		String first = this.mvc.get().uri("/en/").exchange().getResponse().getHeader(RequestIdFilter.HEADER);
		String second = this.mvc.get().uri("/en/").exchange().getResponse().getHeader(RequestIdFilter.HEADER);
		assertThat(first).matches("[0-9a-f]{16}");
		assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
	}

	@Test
	void aSafeIdFromTheProxyInFrontIsKept() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/en/")
			.header(RequestIdFilter.HEADER, "lb-7f3a:42")
			.exchange()
			.getResponse();
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("lb-7f3a:42");
	}

	@Test
	void anUnsafeOrOverlongIdIsReplaced() throws Exception {
		for (String unsafe : new String[] { "<script>alert(1)</script>", "a".repeat(65), "line\nbreak" }) {
			String answered = this.mvc.get()
				.uri("/en/")
				.header(RequestIdFilter.HEADER, unsafe)
				.exchange()
				.getResponse()
				.getHeader(RequestIdFilter.HEADER);
			assertThat(answered).as(unsafe).matches("[0-9a-f]{16}");
		}
	}

	@Test
	void anErrorPageShowsTheReferenceAVisitorCanQuote() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/en/no/such/page")
			.header(RequestIdFilter.HEADER, "quote-me-42")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(Jsoup.parse(response.getContentAsString()).select(".error-reference").text())
			.isEqualTo("Reference: quote-me-42");
	}

}
