package org.migrantportal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.shared.ControlCharacters;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (query string and form fields, multipart ones too) reaches the
 * application without control characters, so a NUL byte pasted into a form or a search
 * box is dropped instead of failing the database write or the query (PostgreSQL cannot
 * store NUL in text) and the rest of what was typed is kept. Runs right after the
 * character-encoding filter, before the security filters read the login form.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> controlCharacterParameters() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						chain.doFilter(new CleanParameters(request), response);
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/** The request with its parameter names and values cleaned once, when first read. */
	static class CleanParameters extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] kept = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						kept[i] = ControlCharacters.strip(values[i]);
					}
					cleaned.merge(ControlCharacters.strip(name), kept, (a, b) -> a);
				});
				this.parameters = Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

	}

}
