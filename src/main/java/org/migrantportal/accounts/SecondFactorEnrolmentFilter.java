package org.migrantportal.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.shared.StaffRole;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a second factor is required ({@code portal.mfa.required}), an admin or reviewer
 * without one reaches nothing of the back-office but the enrolment page (and logging
 * out): every other request is sent there.
 */
class SecondFactorEnrolmentFilter extends OncePerRequestFilter {

	static final String ENROLMENT = "/admin/account/mfa";

	private final SecondFactorService secondFactors;

	private final boolean required;

	SecondFactorEnrolmentFilter(SecondFactorService secondFactors, boolean required) {
		this.secondFactors = secondFactors;
		this.required = required;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (this.required && authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.role().includes(StaffRole.REVIEWER) && !isEnrolmentOrLogout(request)
				&& !this.secondFactors.isEnrolled(user.id())) {
			response.sendRedirect(request.getContextPath() + ENROLMENT);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isEnrolmentOrLogout(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(ENROLMENT) || path.startsWith(ENROLMENT + "/") || path.equals("/logout");
	}

}
