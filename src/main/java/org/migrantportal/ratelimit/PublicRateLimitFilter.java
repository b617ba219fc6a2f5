package org.migrantportal.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the public search ({@code /{locale}/search}) and every public form post per
 * client network: past the limit the visitor gets the friendly 429 page in their language
 * with {@code Retry-After}. The back-office and the login have limits of their own. When
 * the database cannot be asked, the request goes through (the page itself then says what
 * is wrong).
 */
class PublicRateLimitFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(PublicRateLimitFilter.class);

	private static final Pattern SEARCH = Pattern.compile("/[a-z]{2,3}(-[A-Za-z0-9]+)*/search/?");

	private final RateLimits limits;

	private final RequestRefusals refusals;

	PublicRateLimitFilter(RateLimits limits, RequestRefusals refusals) {
		this.limits = limits;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		RequestRefused.Kind kind = kind(request.getMethod(), path);
		if (kind != null) {
			Optional<Duration> wait = take(kind, request.getRemoteAddr());
			if (wait.isPresent()) {
				this.refusals.report(kind, request, null);
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.get().toSeconds() + 1)));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private Optional<Duration> take(RequestRefused.Kind kind, String address) {
		try {
			return (kind == RequestRefused.Kind.SEARCH_THROTTLED) ? this.limits.search(address)
					: this.limits.post(address);
		}
		catch (RuntimeException ex) {
			logger.warn("Rate limit not checked: {}", ex.toString());
			return Optional.empty();
		}
	}

	static RequestRefused.Kind kind(String method, String path) {
		if ("GET".equals(method) && SEARCH.matcher(path).matches()) {
			return RequestRefused.Kind.SEARCH_THROTTLED;
		}
		boolean backOffice = path.startsWith("/admin/") || path.equals("/admin") || path.equals("/login")
				|| path.equals("/logout");
		if ("POST".equals(method) && !backOffice) {
			return RequestRefused.Kind.POST_THROTTLED;
		}
		return null;
	}

}
