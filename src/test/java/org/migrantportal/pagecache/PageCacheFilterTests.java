package org.migrantportal.pagecache;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the cache reads what a browser accepts and which copy it already has. */
class PageCacheFilterTests {

	@Test
	void acceptsACodingListedWithoutAZeroQuality() {
		assertThat(PageCacheFilter.accepts("gzip, deflate, br", "br")).isTrue();
		assertThat(PageCacheFilter.accepts("gzip;q=0.5", "gzip")).isTrue();
		assertThat(PageCacheFilter.accepts("br;q=0, gzip", "br")).isFalse();
		assertThat(PageCacheFilter.accepts("identity", "gzip")).isFalse();
		assertThat(PageCacheFilter.accepts(null, "gzip")).isFalse();
	}

	@Test
	void aBrowsersCopyMatchesByItsStrongOrWeakEtag() {
		assertThat(PageCacheFilter.matches(Collections.enumeration(List.of("\"a\", \"b\"")), "\"b\"")).isTrue();
		assertThat(PageCacheFilter.matches(Collections.enumeration(List.of("W/\"b\"")), "\"b\"")).isTrue();
		assertThat(PageCacheFilter.matches(Collections.enumeration(List.of("\"c\"")), "\"b\"")).isFalse();
	}

	@Test
	void queryParametersInAnyOrderAreOnePage() {
		assertThat(PageKey.normalize("country=GEORGIA&category=legal"))
			.isEqualTo(PageKey.normalize("category=legal&country=GEORGIA"));
		assertThat(PageKey.normalize(null)).isEmpty();
	}

}
