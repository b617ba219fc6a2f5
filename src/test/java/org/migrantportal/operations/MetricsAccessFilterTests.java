package org.migrantportal.operations;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetricsAccessFilterTests {

	private final MetricsAccessFilter filter = new MetricsAccessFilter(
			new OperationsProperties(List.of("127.0.0.1", "::1", "10.0.0.5"), "s3cret-token"));

	@Test
	void allowedAddressesAndTheTokenReadTheMetrics() throws Exception {
		assertThat(status("10.0.0.5", null)).isEqualTo(200);
		assertThat(status("0:0:0:0:0:0:0:1", null)).as("the IPv6 loopback, however it is written").isEqualTo(200);
		assertThat(status("198.51.100.9", "Bearer s3cret-token")).isEqualTo(200);
	}

	@Test
	void othersGetNotFoundOrUnauthorized() throws Exception {
		assertThat(status("198.51.100.9", null)).isEqualTo(404);
		assertThat(status("198.51.100.9", "Bearer wrong")).isEqualTo(401);
		assertThat(status("127.0.0.1", "Bearer wrong")).as("a wrong token is wrong from anywhere").isEqualTo(401);
	}

	@Test
	void noTokenConfiguredOpensNothingWithAToken() throws Exception {
		MetricsAccessFilter noToken = new MetricsAccessFilter(new OperationsProperties(List.of("127.0.0.1"), ""));
		MockHttpServletRequest request = request("198.51.100.9", "Bearer ");
		MockHttpServletResponse response = new MockHttpServletResponse();
		noToken.doFilter(request, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(401);
	}

	@Test
	void onlyAddressesAreAcceptedAsAllowedClients() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OperationsProperties(List.of("monitoring.example.org"), ""));
	}

	private int status(String address, String authorization) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request(address, authorization), response, new MockFilterChain());
		return response.getStatus();
	}

	private static MockHttpServletRequest request(String address, String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.setRemoteAddr(address);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}

}
