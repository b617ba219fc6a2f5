package org.migrantportal.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Lets a visitor on slow mobile data keep public pages: {@code Cache-Control: no-cache}
 * (store, but ask again) with an ETag, so an unchanged page costs a 304 instead of the
 * whole page, and a published change is seen at once. Static assets keep their long,
 * fingerprinted caching.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicPageCacheControl() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
				chain.doFilter(request, response);
			}

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				// the back-office is personal: Spring Security's no-store must apply
				// there
				return isBackOffice(request) || isMedia(request);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {
					{
						// weak: Tomcat gzips only responses without a strong ETag
						setWriteWeakETag(true);
					}

					@Override
					protected boolean shouldNotFilter(HttpServletRequest request) {
						// a file is streamed, not held in memory to be hashed
						return isBackOffice(request) || isMedia(request);
					}

					@Override
					protected String generateETagHeaderValue(InputStream body, boolean weak) throws IOException {
						return weakEtagOf(body.readAllBytes());
					}
				});
		// inside the page cache (org.migrantportal.pagecache), which answers hits without
		// it
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/**
	 * A weak validator from two checksums the CPU computes in hardware (CRC-32C and
	 * CRC-32, 64 bits together) and the length, instead of the filter's MD5, which took a
	 * sixth of an uncached render's CPU. It only tells a browser whether its copy of this
	 * URL changed; it protects nothing, so a cryptographic hash buys nothing here.
	 */
	static String weakEtagOf(byte[] body) {
		CRC32C castagnoli = new CRC32C();
		castagnoli.update(body);
		CRC32 ieee = new CRC32();
		ieee.update(body);
		return "W/\"" + Long.toHexString(castagnoli.getValue()) + "-" + Long.toHexString(ieee.getValue()) + "-"
				+ Integer.toHexString(body.length) + "\"";
	}

	static boolean isBackOffice(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/admin") || path.startsWith("/login") || path.startsWith("/logout");
	}

	/** Uploaded files carry their own immutable caching and strong ETag. */
	static boolean isMedia(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/media/");
	}

}
