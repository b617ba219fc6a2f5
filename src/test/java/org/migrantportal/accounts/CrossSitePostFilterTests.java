package org.migrantportal.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which posts the public chain takes for another website's: what the browser's
 * {@code Sec-Fetch-Site} and {@code Origin} say, and nothing when they say nothing.
 */
class CrossSitePostFilterTests {

	@Test
	void aPostTheBrowserCallsCrossSiteIsRefusedWith403AndGoesNoFurther() throws Exception {
		assertRefused(Map.of("Sec-Fetch-Site", "cross-site"));
		assertRefused(Map.of("Sec-Fetch-Site", " Cross-Site "));
		assertRefused(Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://portal.example"));
	}

	@Test
	void aPostFromAnotherHostOrAnUnreadableOriginIsRefused() throws Exception {
		assertRefused(Map.of("Origin", "https://elsewhere.example"));
		assertRefused(Map.of("Origin", "https://portal.example.elsewhere.example"));
		assertRefused(Map.of("Origin", "not a uri^"));
		assertRefused(Map.of("Origin", "file:///tmp/page.html"));
	}

	@Test
	void aPostFromTheSiteItselfOrWithoutHeadersGoesOn() throws Exception {
		assertPassed("POST", Map.of());
		assertPassed("POST", Map.of("Sec-Fetch-Site", "same-origin", "Origin", "https://portal.example"));
		assertPassed("POST", Map.of("Sec-Fetch-Site", "same-site"));
		assertPassed("POST", Map.of("Sec-Fetch-Site", "none"));
		assertPassed("POST", Map.of("Origin", "HTTPS://PORTAL.EXAMPLE:8443"));
		// what our Referrer-Policy: no-referrer makes browsers send
		assertPassed("POST", Map.of("Origin", "null"));
		assertPassed("POST", Map.of("Origin", " "));
	}

	@Test
	void onlyPostsAreChecked() throws Exception {
		assertPassed("GET", Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://elsewhere.example"));
		assertPassed("HEAD", Map.of("Sec-Fetch-Site", "cross-site"));
	}

	private static void assertRefused(Map<String, String> headers) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = filter("POST", headers, chain);
		assertThat(response.getStatus()).as(headers.toString()).isEqualTo(403);
		assertThat(chain.getRequest()).as("passed on: " + headers).isNull();
	}

	private static void assertPassed(String method, Map<String, String> headers) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse response = filter(method, headers, chain);
		assertThat(response.getStatus()).as(method + " " + headers).isEqualTo(200);
		assertThat(chain.getRequest()).as("passed on: " + method + " " + headers).isNotNull();
	}

	private static MockHttpServletResponse filter(String method, Map<String, String> headers, MockFilterChain chain)
			throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/ka/feedback");
		request.setServerName("portal.example");
		headers.forEach(request::addHeader);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new CrossSitePostFilter().doFilter(request, response, chain);
		return response;
	}

}
