package org.migrantportal.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RateLimitPropertiesTests {

	@Test
	void allowsSixtySearchesAndTenPostsAMinutePerNetworkByDefault() {
		RateLimitProperties properties = PropertiesBinding.bind(RateLimitProperties.class, Map.of());
		assertThat(properties.searchPerMinute()).isEqualTo(60);
		assertThat(properties.postsPerMinute()).isEqualTo(10);
		assertThat(properties.auditEvery()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void rejectsALimitThatAllowsNothing() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding
			.bind(RateLimitProperties.class, Map.of("portal.rate-limit.search-per-minute", "0")));
	}

	@Test
	void decidesWhichRequestsAreLimited() {
		assertThat(PublicRateLimitFilter.kind("GET", "/ka/search")).isEqualTo(RequestRefused.Kind.SEARCH_THROTTLED);
		assertThat(PublicRateLimitFilter.kind("GET", "/ka/topics")).isNull();
		assertThat(PublicRateLimitFilter.kind("POST", "/en/feedback")).isEqualTo(RequestRefused.Kind.POST_THROTTLED);
		assertThat(PublicRateLimitFilter.kind("POST", "/admin/accounts")).as("the back-office has its own rules")
			.isNull();
		assertThat(PublicRateLimitFilter.kind("POST", "/login")).as("the login has its own throttle").isNull();
	}

}
