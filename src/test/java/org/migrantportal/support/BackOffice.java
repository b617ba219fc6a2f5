package org.migrantportal.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Logs staff members in through the real login form, each from its own client address.
 */
public final class BackOffice {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private BackOffice() {
	}

	public static MockHttpSession logIn(MockMvcTester mvc, String email, String password) {
		int client = CLIENTS.incrementAndGet();
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse response = mvc.post()
			.uri("/login")
			.param("email", email)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.200." + (client / 250) + "." + (client % 250 + 1));
				return request;
			})
			.session(session)
			.exchange()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("login of " + email).isEqualTo("/admin");
		return session;
	}

}
