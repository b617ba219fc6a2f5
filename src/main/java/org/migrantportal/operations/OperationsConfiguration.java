package org.migrantportal.operations;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.DatabaseOutage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.observation.SecurityObservationSettings;

/** Registers the request id, the guard of the metrics endpoint and the metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(OperationsConfiguration.class);

	/** First of all filters, so every log line of the request, security's too, has it. */
	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC,
				DispatcherType.FORWARD);
		registration.addUrlPatterns("/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<MetricsAccessFilter> metricsAccessFilter(OperationsProperties properties) {
		FilterRegistrationBean<MetricsAccessFilter> registration = new FilterRegistrationBean<>(
				new MetricsAccessFilter(properties));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.addUrlPatterns("/actuator/prometheus", "/actuator/prometheus/*");
		return registration;
	}

	@Bean
	RouteGroups routeGroups() {
		return new RouteGroups();
	}

	/**
	 * No observation (timer, trace span) around each of Spring Security's filters: they
	 * cost a tenth of a page's render and the request's own timer
	 * ({@code http.server.requests}) says all an operator needs.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * A scheduled job (publishing on schedule, clean-ups, event retries) that cannot
	 * reach the database logs one warning line, not an error with a stack trace each
	 * time: the outage is already told by the readiness probe and the 503 pages, and the
	 * job runs again at its next turn.
	 */
	@Bean
	ThreadPoolTaskSchedulerCustomizer outageAwareScheduledJobs() {
		return (scheduler) -> scheduler.setErrorHandler((ex) -> {
			if (DatabaseOutage.isCause(ex)) {
				logger.warn("A scheduled job could not reach the database: {}", ex.getMessage());
			}
			else {
				logger.error("A scheduled job failed", ex);
			}
		});
	}

	@Bean
	OperationalMetrics operationalMetrics(JdbcTemplate jdbc) {
		return new OperationalMetrics(jdbc);
	}

}
