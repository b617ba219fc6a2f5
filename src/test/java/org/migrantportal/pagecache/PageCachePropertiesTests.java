package org.migrantportal.pagecache;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageCachePropertiesTests {

	@Test
	void cachesPagesInBoundedMemoryWithCdnFriendlyHeadersByDefault() {
		PageCacheProperties properties = PropertiesBinding.bind(PageCacheProperties.class, Map.of());
		assertThat(properties.enabled()).isTrue();
		assertThat(properties.maxSize()).isEqualTo(DataSize.ofMegabytes(64));
		assertThat(properties.timeToLive()).isEqualTo(Duration.ofMinutes(10));
		assertThat(properties.cacheControl()).contains("s-maxage=60").contains("stale-if-error");
	}

	@Test
	void bindsWhatTheOperatorSets() {
		PageCacheProperties properties = PropertiesBinding.bind(PageCacheProperties.class,
				Map.of("portal.page-cache.max-size", "8MB", "portal.page-cache.cache-control", "no-cache",
						"portal.page-cache.enabled", "false"));
		assertThat(properties.maxSize()).isEqualTo(DataSize.ofMegabytes(8));
		assertThat(properties.cacheControl()).isEqualTo("no-cache");
		assertThat(properties.enabled()).isFalse();
	}

	@Test
	void rejectsAnEmptyCacheControl() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> PropertiesBinding
			.bind(PageCacheProperties.class, Map.of("portal.page-cache.cache-control", " ")));
	}

}
