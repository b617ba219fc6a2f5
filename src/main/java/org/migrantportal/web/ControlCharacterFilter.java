package org.migrantportal.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.migrantportal.shared.ControlCharacters;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter (query string and form fields, multipart ones too) reaches the
 * application without control characters, so a NUL byte pasted into a form or a search
 * box is dropped instead of failing the database write or the query (PostgreSQL cannot
 * store NUL in text) and the rest of what was typed is kept. Runs right after the
 * character-encoding filter, before the security filters read the login form.
 * <p>
 * A form Tomcat cannot read (larger than {@code server.tomcat.max-http-form-post-size},
 * or malformed) is answered here with the friendly 413 or 400 page in the visitor's
 * language, before anything else asks for a parameter and fails with a server error; the
 * error page itself sees no parameters at all.
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
						CleanParameters cleaned = new CleanParameters(request);
						if (request.getDispatcherType() == DispatcherType.REQUEST && isForm(request)) {
							try {
								cleaned.getParameterMap();
							}
							catch (InvalidParameterException ex) {
								response.sendError((ex.getErrorCode() >= 400) ? ex.getErrorCode()
										: HttpServletResponse.SC_BAD_REQUEST);
								return;
							}
						}
						chain.doFilter(cleaned, response);
					}

					@Override
					protected boolean shouldNotFilterErrorDispatch() {
						// the error page of an unreadable form must not read it again
						return false;
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	/**
	 * The request with its parameter names and values cleaned once, when first read; an
	 * error page gets none if they cannot be read.
	 */
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
				readParameters().forEach((name, values) -> {
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

		private Map<String, String[]> readParameters() {
			try {
				return super.getParameterMap();
			}
			catch (InvalidParameterException ex) {
				if (getDispatcherType() == DispatcherType.ERROR) {
					return Map.of();
				}
				throw ex;
			}
		}

	}

}
