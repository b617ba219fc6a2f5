package org.migrantportal.operations;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics an operator scrapes from {@code /actuator/prometheus}, and that nobody else
 * reads them.
 */
@PortalWebTest
class MetricsEndpointTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theMachineItselfReadsRequestLatencyPerRouteGroupThePoolTheOutboxSearchAndThePageCache() throws Exception {
		this.mvc.get().uri("/en/").exchange();
		this.mvc.get().uri("/en/search?q=visa").exchange();
		MockHttpServletResponse response = this.mvc.get().uri("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("127.0.0.1");
			return request;
		}).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		String metrics = response.getContentAsString();
		assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*group=\"public\"")
			.containsPattern("http_server_requests_seconds_count\\{[^}]*group=\"search\"")
			.contains("hikaricp_connections_active")
			.contains("portal_outbox_backlog")
			.contains("portal_search_seconds_count")
			.contains("portal_page_cache_total{result=\"hit\"}")
			.contains("portal_page_cache_total{result=\"miss\"}");
	}

	@Test
	void anotherAddressWithoutTheTokenGetsNotFound() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/actuator/prometheus").with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContain("hikaricp");
	}

	@Test
	void aWrongTokenIsUnauthorized() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer guessed")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentAsString()).doesNotContain("hikaricp");
	}

	@Test
	void theActuatorIndexListsNothingWhileTheProbesAnswer() throws Exception {
		MockHttpServletResponse index = this.mvc.get().uri("/actuator").exchange().getResponse();
		assertThat(index.getContentAsString()).doesNotContain("prometheus");
		assertThat(this.mvc.get().uri("/actuator/health/readiness").exchange().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.mvc.get().uri("/actuator/health/liveness").exchange().getResponse().getStatus()).isEqualTo(200);
	}

}
