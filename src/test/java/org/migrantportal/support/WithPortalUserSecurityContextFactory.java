package org.migrantportal.support;

import org.migrantportal.accounts.AccountFixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

class WithPortalUserSecurityContextFactory implements WithSecurityContextFactory<WithPortalUser> {

	private final ApplicationContext context;

	WithPortalUserSecurityContextFactory(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public SecurityContext createSecurityContext(WithPortalUser annotation) {
		AccountFixtures fixtures = new AccountFixtures(this.context);
		String email = fixtures.create(annotation.role(), annotation.country(),
				annotation.organization().isEmpty() ? null : annotation.organization());
		UserDetails user = this.context.getBean(UserDetailsService.class).loadUserByUsername(email);
		SecurityContext securityContext = SecurityContextHolder.createEmptyContext();
		securityContext
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return securityContext;
	}

}
