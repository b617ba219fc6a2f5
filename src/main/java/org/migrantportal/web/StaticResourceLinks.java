package org.migrantportal.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Fingerprints only the links that can be static files ({@code /css/}, {@code /js/},
 * {@code /img/}): Spring's filter looks every link a template builds up as a possible
 * file in the classpath, without remembering misses, which cost almost half the time of
 * rendering a page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceLinks {

	static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/img/");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticLinksOnly());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static boolean isStatic(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		for (String prefix : STATIC_PREFIXES) {
			if (url.startsWith(prefix, contextPath.length())) {
				return true;
			}
		}
		return false;
	}

	/** Spring's filter, asked only about links to static files. */
	static final class StaticLinksOnly extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest httpRequest)
					|| !(response instanceof HttpServletResponse original)) {
				chain.doFilter(request, response);
				return;
			}
			String contextPath = httpRequest.getContextPath();
			super.doFilter(request, response, (wrappedRequest, fingerprinting) -> chain.doFilter(wrappedRequest,
					new HttpServletResponseWrapper((HttpServletResponse) fingerprinting) {
						@Override
						public String encodeURL(String url) {
							return isStatic(contextPath, url) ? super.encodeURL(url) : original.encodeURL(url);
						}
					}));
		}

	}

}
