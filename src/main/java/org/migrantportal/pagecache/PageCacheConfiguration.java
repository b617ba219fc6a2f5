package org.migrantportal.pagecache;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.migrantportal.shared.PublishedViews;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the page cache's filter just inside the public pages' {@code Cache-Control}
 * filter and outside everything else (security, ETags, the application), so a hit skips
 * them all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	/** What public pages show, kept with the page cache when it is on. */
	@Bean
	PublishedViews publishedViews(PageCache cache, PageCacheProperties properties) {
		return properties.viewsKept() ? cache.views() : PublishedViews.NONE;
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PageCacheProperties properties,
			StalePages stalePages, Clock clock, ObjectProvider<MeterRegistry> meters) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(cache,
				properties, stalePages, clock, meters.getIfAvailable(SimpleMeterRegistry::new)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
