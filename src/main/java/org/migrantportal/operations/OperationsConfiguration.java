package org.migrantportal.operations;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
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

	@Bean
	OperationalMetrics operationalMetrics(JdbcTemplate jdbc) {
		return new OperationalMetrics(jdbc);
	}

}
