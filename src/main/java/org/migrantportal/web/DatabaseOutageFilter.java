package org.migrantportal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.DatabaseOutage;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches a database outage that escapes every handler (a security filter reloading the
 * account, a template) before the servlet container logs it as a crash: one warning line,
 * and the friendly 503 page through {@link PortalErrorController}.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	/**
	 * Just inside the request id and the page cache (which serves its stale copy itself),
	 * before the session store and security.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
			FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
					new DatabaseOutageFilter());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
			registration.addUrlPatterns("/*");
			return registration;
		}

	}

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("The database cannot be reached: {}", ex.getMessage());
			request.setAttribute(DatabaseOutage.REQUEST_ATTRIBUTE, ex);
			response.resetBuffer();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

}
