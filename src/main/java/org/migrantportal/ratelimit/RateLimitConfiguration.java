package org.migrantportal.ratelimit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The token buckets in {@code rate_limit_bucket}, shared by every node, and the filter
 * that applies them to public requests. A bucket row expires once its bucket would be
 * full again; expired rows are removed every hour by one node.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	@Bean
	FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(RateLimits limits, RequestRefusals refusals) {
		FilterRegistrationBean<PublicRateLimitFilter> registration = new FilterRegistrationBean<>(
				new PublicRateLimitFilter(limits, refusals));
		// after the request id and proxy headers, before security and the pages
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

	@Bean
	ExpiredBuckets expiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		return new ExpiredBuckets(buckets);
	}

	/** Removes the rows of buckets that are full again. */
	static class ExpiredBuckets {

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		ExpiredBuckets(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
		@SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT10M")
		void removeExpired() {
			while (this.buckets.removeExpired(1000) == 1000) {
				// another batch
			}
		}

	}

}
