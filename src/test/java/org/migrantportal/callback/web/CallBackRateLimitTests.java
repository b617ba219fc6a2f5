package org.migrantportal.callback.web;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call-back form is a public form post, so the per-network limit applies: past it,
 * 429 with Retry-After and the friendly page. The same small limits as
 * {@code PublicRateLimitTests}, so both share one context.
 */
@PortalWebTest
@TestPropertySource(properties = { "portal.rate-limit.search-per-minute=5", "portal.rate-limit.posts-per-minute=3" })
class CallBackRateLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void callBackRequestsPastTheLimitOfOneNetworkGet429WithRetryAfter() throws Exception {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String network = "10." + random.nextInt(100, 250) + "." + random.nextInt(0, 256);
		for (int i = 0; i < 3; i++) {
			assertThat(post(network + "." + (i + 1)).getStatus()).isEqualTo(400);
		}
		MockHttpServletResponse refused = post(network + ".200");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
	}

	private MockHttpServletResponse post(String address) {
		return this.mvc.post().uri("/ka/help/call-back").param("name", "ნინო").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange().getResponse();
	}

}
