package org.migrantportal.accounts;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.ratelimit.RequestRefused;
import org.migrantportal.ratelimit.RequestRefusals;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A back-office request refused with 403 (a role that may not, or a form without a valid
 * CSRF token) goes to the audit trail, with the client's network and not its address,
 * then gets the friendly 403 page.
 */
class AccessDeniedReporting implements AccessDeniedHandler {

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	private final RequestRefusals refusals;

	AccessDeniedReporting(RequestRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String email = (authentication != null && authentication.getPrincipal() instanceof PortalUser user)
				? user.getUsername() : null;
		this.refusals.report((denied instanceof CsrfException) ? RequestRefused.Kind.CSRF_REJECTED
				: RequestRefused.Kind.ACCESS_DENIED, request, email);
		this.page.handle(request, response, denied);
	}

}
