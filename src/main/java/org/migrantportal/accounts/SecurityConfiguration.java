package org.migrantportal.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.ratelimit.RequestRefusals;
import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.SecurityHeaders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains. The back-office ({@code /admin/**}, {@code /login},
 * {@code /logout}): form login with CSRF, throttled, POST-only logout, a new session id
 * at login, failed logins alike in answer and in cost, sessions shared by every node
 * (Spring Session JDBC) that end after 12 hours whatever happens, refusals (403, CSRF)
 * audited, no caching, the account reloaded on every request, and the URL rules every
 * module declares ({@link BackOfficeRoutes}). The public site: no session and no cookie
 * for anonymous visitors, and every post another website's page sends refused
 * ({@link CrossSitePostFilter}). Both send strict headers (a Content-Security-Policy
 * without inline script, no framing, no referrer, no powerful browser features).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

	static final String PERMISSIONS_POLICY = SecurityHeaders.PERMISSIONS_POLICY;

	private static final String ARGON2 = "argon2";

	private static final String ARGON2_V5_8 = "argon2@SpringSecurity_v5_8";

	static final int ARGON2_MEMORY_KIB = 19_456;

	@Bean
	@Order(1)
	SecurityFilterChain backOffice(HttpSecurity http, LoginFlow loginFlow, AccountUserDetailsService users,
			ObjectProvider<BackOfficeRoutes> routes, SecondFactorService secondFactors, AccountsProperties properties,
			RequestRefusals refusals, PasswordEncoder passwordEncoder,
			ObjectProvider<AuthenticationEventPublisher> authenticationEvents) throws Exception {
		http.securityMatcher("/admin/**", "/login", "/login/**", "/logout").authorizeHttpRequests((requests) -> {
			// the second step and the password reset check their state themselves
			requests.requestMatchers("/login", "/login/mfa", "/login/forgot", "/login/reset").permitAll();
			for (BackOfficeRoutes.Rule rule : strictestFirst(routes.orderedStream().toList())) {
				String[] patterns = rule.patterns().toArray(String[]::new);
				var matchers = (rule.method() != null) ? requests.requestMatchers(rule.method(), patterns)
						: requests.requestMatchers(patterns);
				matchers.hasRole(rule.roleName());
			}
			requests.anyRequest().authenticated();
		})
			.authenticationManager(logins(users, passwordEncoder, authenticationEvents.getIfAvailable()))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter(LoginFlow.EMAIL_PARAMETER)
				.successHandler(loginFlow.successHandler())
				.failureHandler(loginFlow.failureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new AccessDeniedReporting(refusals)))
			.addFilterBefore(loginFlow.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
			// the session store's clock, which stamped the session's creation time
			.addFilterBefore(new SessionLifetimeFilter(Clock.systemUTC(), properties.session().absoluteLifetime()),
					AuthorizationFilter.class)
			.addFilterBefore(new AccountStatusFilter(users), AuthorizationFilter.class)
			.addFilterBefore(new SecondFactorEnrolmentFilter(secondFactors, properties.mfa().required()),
					AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			// without sessions there is no token: the browser's headers tell a post from
			// another website instead
			.addFilterAt(new CrossSitePostFilter(), CsrfFilter.class)
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Checks a login so that its answer and its cost tell nothing about the account: an
	 * unknown e-mail, a wrong password and a disabled account each cost exactly one
	 * password hash check (a disabled account's password is checked before its status
	 * refuses it; an unknown e-mail is checked against a dummy hash), and all end in the
	 * same failure. A manager of its own, without the global one as parent: that parent
	 * would check every failed login's password a second time, but not a disabled
	 * account's.
	 */
	static AuthenticationManager logins(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		provider.setUserDetailsPasswordService(users);
		provider.setAlwaysPerformAdditionalChecksOnUser(true);
		ProviderManager logins = new ProviderManager(provider);
		if (events != null) {
			logins.setAuthenticationEventPublisher(events);
		}
		return logins;
	}

	/**
	 * Every module's back-office rules, strictest first, so that where rules of several
	 * modules match one request the highest role they ask for applies.
	 */
	static List<BackOfficeRoutes.Rule> strictestFirst(List<BackOfficeRoutes> routes) {
		List<BackOfficeRoutes.Rule> rules = new ArrayList<>();
		routes.forEach((module) -> rules.addAll(module.rules()));
		rules.sort(BackOfficeRoutes.STRICTEST_FIRST);
		return rules;
	}

	/**
	 * Argon2id for every new hash (bcrypt would cut a long Georgian passphrase at 72
	 * bytes), at OWASP's minimum: 19 MiB, two passes, one lane. Older hashes (Argon2 with
	 * 16 MiB, bcrypt) are still read and replaced at the next login.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, 2);
		return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, ARGON2_V5_8,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * A URL the firewall rejects (encoded slashes, path traversal...) gets the friendly
	 * 404 page.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_NOT_FOUND);
	}

}
