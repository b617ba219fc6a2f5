package org.migrantportal.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
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
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains. The back-office ({@code /admin/**}, {@code /login},
 * {@code /logout}): form login with CSRF, throttled, POST-only logout, a new session id
 * at login, no caching, and the account reloaded on every request. The public site: no
 * session and no cookie for anonymous visitors. Both send strict headers (a
 * Content-Security-Policy without inline script, no framing, no referrer, no powerful
 * browser features).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

	@Bean
	@Order(1)
	SecurityFilterChain backOffice(HttpSecurity http, LoginFlow loginFlow, AccountUserDetailsService users)
			throws Exception {
		http.securityMatcher("/admin/**", "/login", "/logout")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers("/admin/accounts/**", "/admin/audit/**", "/admin/settings/**", "/admin/search/reindex",
						"/admin/hsds/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/admin/services/*/purge")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/admin/services/*/publish", "/admin/services/*/unpublish",
						"/admin/services/*/send-back")
				.hasRole("REVIEWER")
				.requestMatchers("/admin/services", "/admin/services/**")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.POST, "/admin/help-contacts/*/publish", "/admin/help-contacts/*/unpublish",
						"/admin/help-contacts/*/send-back")
				.hasRole("REVIEWER")
				.requestMatchers("/admin/help-contacts", "/admin/help-contacts/**")
				.hasRole("EDITOR")
				.requestMatchers("/admin/pages/new", "/admin/topics/new", "/admin/news/new", "/admin/trash/**",
						"/admin/*/*/trash", "/admin/news/*/*/details")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.POST, "/admin/pages", "/admin/topics", "/admin/news")
				.hasRole("EDITOR")
				.anyRequest()
				.authenticated())
			.userDetailsService(users)
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter(LoginFlow.EMAIL_PARAMETER)
				.successHandler(loginFlow.successHandler())
				.failureHandler(loginFlow.failureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.addFilterBefore(loginFlow.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new AccountStatusFilter(users), AuthorizationFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
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
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
				.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Argon2id for every new hash (bcrypt would cut a long Georgian passphrase at 72
	 * bytes); bcrypt hashes are still read.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2,
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
