package org.migrantportal.ratelimit;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Small limits, in a context of their own (the shared test context lifts them, since all
 * its requests come from one address).
 */
@PortalWebTest
@TestPropertySource(properties = { "portal.rate-limit.search-per-minute=5", "portal.rate-limit.posts-per-minute=3" })
class PublicRateLimitTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/**
	 * A network of this run only: buckets and audit entries of earlier runs stay apart.
	 */
	private String network;

	@BeforeEach
	void pickNetwork() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		this.network = "10." + random.nextInt(100, 250) + "." + random.nextInt(0, 256);
	}

	@Test
	void searchesPastTheLimitOfOneNetworkGet429WithRetryAfter() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(search("/en/search", this.network + "." + (i + 1)).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = search("/ka/search", this.network + ".250");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 13L);
		// the friendly page in the visitor's language is checked over real HTTP in
		// TwoNodeTests
	}

	@Test
	void throttlingIsAuditedOnceWithTheNetworkAndNeverTheAddress() {
		for (int i = 0; i < 9; i++) {
			search("/en/search", this.network + ".17");
		}
		awaitAudit("REQUEST_SEARCH_THROTTLED");
		String summary = this.jdbc.queryForObject(
				"select summary from audit_entry where action = 'REQUEST_SEARCH_THROTTLED' and summary like ?",
				String.class, this.network + ".0/24%");
		assertThat(summary).isEqualTo(this.network + ".0/24 /en/search").doesNotContain(this.network + ".17");
	}

	@Test
	void everyPublicFormPostCountsAgainstTheClientsAllowance() {
		for (int i = 0; i < 3; i++) {
			assertThat(post("/en/feedback").getStatus()).isNotEqualTo(429);
		}
		MockHttpServletResponse refused = post("/en/feedback");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isNotNull();
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA)
	void aForbiddenBackOfficePageIsAudited() {
		MockHttpServletResponse response = this.mvc.get().uri("/admin/accounts").with((request) -> {
			request.setRemoteAddr(this.network + ".5");
			return request;
		}).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		awaitAudit("REQUEST_ACCESS_DENIED");
	}

	@Test
	void aFormWithoutAValidCsrfTokenIsAudited() {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/login")
			.param("email", "someone@test.example")
			.param("password", "whatever it is")
			.with((request) -> {
				request.setRemoteAddr(this.network + ".6");
				return request;
			})
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(403);
		awaitAudit("REQUEST_CSRF_REJECTED");
	}

	private MockHttpServletResponse search(String path, String address) {
		return this.mvc.get().uri(path + "?q=visa").with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange().getResponse();
	}

	private MockHttpServletResponse post(String path) {
		return this.mvc.post().uri(path).param("text", "hello").with((request) -> {
			request.setRemoteAddr(this.network + ".9");
			return request;
		}).exchange().getResponse();
	}

	private void awaitAudit(String action) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.queryForObject("select count(*) from audit_entry where action = ? and summary like ?",
							Long.class, action, this.network + ".0/24 %"))
				.isEqualTo(1));
	}

}
