package org.migrantportal.accounts;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.ratelimit.RequestRefused;
import org.migrantportal.ratelimit.RequestRefusals;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What happens around a login form post: refused with 429 and Retry-After while the
 * account or the client is throttled; on failure the same answer whether the account
 * exists or not; on success the throttle is reset, the login recorded and the back-office
 * language restored, unless the account has a second factor: then the {@link SecondStep}
 * follows.
 */
@Component
class LoginFlow {

	static final String EMAIL_PARAMETER = "email";

	private final LoginThrottle throttle;

	private final AccountService accounts;

	private final LocaleChoice localeChoice;

	private final SiteLocales siteLocales;

	private final RequestRefusals refusals;

	private final SecondStep secondStep;

	LoginFlow(LoginThrottle throttle, AccountService accounts, LocaleChoice localeChoice, SiteLocales siteLocales,
			RequestRefusals refusals, SecondStep secondStep) {
		this.throttle = throttle;
		this.refusals = refusals;
		this.accounts = accounts;
		this.localeChoice = localeChoice;
		this.siteLocales = siteLocales;
		this.secondStep = secondStep;
	}

	OncePerRequestFilter throttleFilter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod()) && "/login".equals(path(request))) {
					Duration wait = LoginFlow.this.throttle
						.retryAfter(request.getParameter(EMAIL_PARAMETER), request.getRemoteAddr())
						.orElse(null);
					if (wait != null) {
						LoginFlow.this.refusals.report(RequestRefused.Kind.LOGIN_THROTTLED, request, null);
						response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
						response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
						return;
					}
				}
				chain.doFilter(request, response);
			}
		};
	}

	AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String email = request.getParameter(EMAIL_PARAMETER);
			this.throttle.recordFailure(email, request.getRemoteAddr());
			this.accounts.recordLoginFailure(email);
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	SavedRequestAwareAuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				PortalUser user = (PortalUser) authentication.getPrincipal();
				if (LoginFlow.this.secondStep.isNeeded(user)) {
					// the throttle is reset only after the second step: typing the
					// password again gives no more guesses of the code
					LoginFlow.this.secondStep.begin(request, response, user);
					return;
				}
				LoginFlow.this.throttle.recordSuccess(user.getUsername());
				LoginFlow.this.accounts.recordLoginSuccess(user.id(), request.getSession().getId());
				LoginFlow.this.siteLocales.find(user.uiLocale())
					.ifPresent((locale) -> LoginFlow.this.localeChoice.remember(locale, request, response));
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/admin");
		return handler;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
