package org.migrantportal.pagecache;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the page cache ({@code portal.page-cache.*}).
 *
 * @param enabled whether public pages are cached in memory at all
 * @param maxSize the most memory the rendered pages (with their compressed forms) may
 * take
 * @param staleMaxSize the most memory the stale copies of changed pages may take
 * @param timeToLive how long a page is kept when nothing evicts it (a safety net)
 * @param clockTimeToLive how long a page that depends on the clock (what is open now) is
 * kept
 * @param staleTimeToLive how long a stale copy is kept for when the database is away
 * @param cacheControl the {@code Cache-Control} of cached public pages, for a CDN or
 * nginx in front
 * @param keepViews whether what pages show is kept between renders too; unset: when the
 * page cache is on
 */
@ConfigurationProperties("portal.page-cache")
@Validated
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") @NotNull DataSize maxSize,
		@DefaultValue("32MB") @NotNull DataSize staleMaxSize, @DefaultValue("10m") @NotNull Duration timeToLive,
		@DefaultValue("1m") @NotNull Duration clockTimeToLive, @DefaultValue("1d") @NotNull Duration staleTimeToLive,
		@DefaultValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400") @NotBlank String cacheControl,
		Boolean keepViews) {

	/** Whether the views behind the pages are kept ({@code keep-views}, else enabled). */
	boolean viewsKept() {
		return (this.keepViews != null) ? this.keepViews : this.enabled;
	}

	PageCacheProperties {
		if (maxSize != null && maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("portal.page-cache.max-size must be positive");
		}
	}

}
