package org.migrantportal.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a logged-in back-office session that has lasted longer than the absolute lifetime
 * ({@code portal.session.absolute-lifetime}, 12 hours by default), however active it has
 * been, and sends its owner to the login page with a message. The idle timeout is the
 * session store's own.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session != null && authentication != null && authentication.getPrincipal() instanceof PortalUser
				&& Instant.ofEpochMilli(session.getCreationTime()).plus(this.lifetime).isBefore(this.clock.instant())) {
			SecurityContextHolder.clearContext();
			session.invalidate();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

}
