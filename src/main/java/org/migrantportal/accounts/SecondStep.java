package org.migrantportal.accounts;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The second step of a login for accounts with a second factor. After the right password
 * the session holds only a pending login (the account, not authenticated), for five
 * minutes; the right code of the authenticator app or an unused recovery code then logs
 * the person in, with a new session id. Wrong codes count against the same throttle as
 * wrong passwords, and every outcome is audited.
 */
@Component
public class SecondStep {

	static final String PENDING = SecondStep.class.getName() + ".PENDING";

	static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

	private final SecondFactorService secondFactors;

	private final AccountUserDetailsService users;

	private final LoginThrottle throttle;

	private final AccountService accounts;

	private final LocaleChoice localeChoice;

	private final SiteLocales siteLocales;

	private final Clock clock;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	SecondStep(SecondFactorService secondFactors, AccountUserDetailsService users, LoginThrottle throttle,
			AccountService accounts, LocaleChoice localeChoice, SiteLocales siteLocales, Clock clock) {
		this.secondFactors = secondFactors;
		this.users = users;
		this.throttle = throttle;
		this.accounts = accounts;
		this.localeChoice = localeChoice;
		this.siteLocales = siteLocales;
		this.clock = clock;
	}

	/** A login waiting for its second step. */
	record Pending(Long accountId, String email, Instant startedAt) implements Serializable {
	}

	/** What the second step answered. */
	public record Outcome(Kind kind, String redirectUrl, Duration retryAfter) {

		public enum Kind {

			/** Logged in: go to {@link #redirectUrl()}. */
			LOGGED_IN,
			/** The code was wrong. */
			WRONG_CODE,
			/** Too many wrong attempts: wait {@link #retryAfter()}. */
			THROTTLED,
			/** No login waits for a second step (none began, or it took too long). */
			NOT_PENDING

		}

	}

	boolean isNeeded(PortalUser user) {
		return this.secondFactors.isEnrolled(user.id());
	}

	/**
	 * After the right password: forgets the authentication, keeps the pending login and
	 * sends the person to the second step.
	 */
	void begin(HttpServletRequest request, HttpServletResponse response, PortalUser user) throws IOException {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession();
		session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		session.setAttribute(PENDING, new Pending(user.id(), user.getUsername(), this.clock.instant()));
		response.sendRedirect(request.getContextPath() + "/login/mfa");
	}

	/** Whether this session has a login waiting for its second step. */
	public boolean isPending(HttpServletRequest request) {
		return pending(request).isPresent();
	}

	/** Checks the code and, when right, logs the person in. */
	public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code) {
		Pending pending = pending(request).orElse(null);
		if (pending == null) {
			return new Outcome(Outcome.Kind.NOT_PENDING, null, null);
		}
		Optional<Duration> wait = this.throttle.retryAfter(pending.email(), request.getRemoteAddr());
		if (wait.isPresent()) {
			return new Outcome(Outcome.Kind.THROTTLED, null, wait.get());
		}
		SecondFactorService.Check check = this.secondFactors.checkLogin(pending.accountId(), pending.email(), code);
		Optional<PortalUser> user = this.users.findUser(pending.accountId()).filter(PortalUser::isEnabled);
		if (check == SecondFactorService.Check.WRONG || user.isEmpty()) {
			this.throttle.recordFailure(pending.email(), request.getRemoteAddr());
			return new Outcome(Outcome.Kind.WRONG_CODE, null, null);
		}
		logIn(request, response, user.get());
		this.throttle.recordSuccess(pending.email());
		this.accounts.recordLoginSuccess(pending.accountId(), request.getSession().getId());
		this.siteLocales.find(user.get().uiLocale())
			.ifPresent((locale) -> this.localeChoice.remember(locale, request, response));
		SavedRequest saved = this.requestCache.getRequest(request, response);
		this.requestCache.removeRequest(request, response);
		return new Outcome(Outcome.Kind.LOGGED_IN, (saved != null) ? saved.getRedirectUrl() : "/admin", null);
	}

	private void logIn(HttpServletRequest request, HttpServletResponse response, PortalUser user) {
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		request.getSession().removeAttribute(PENDING);
		// a new session id once fully logged in, as after the password
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
	}

	private Optional<Pending> pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return Optional.empty();
		}
		if (pending.startedAt().plus(PENDING_LIFETIME).isBefore(this.clock.instant())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

}
