package org.migrantportal.accounts;

import java.util.Collection;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in staff member: the Spring Security principal, carrying the {@link Actor}
 * the services check their scope against.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	private final Actor actor;

	private final String displayName;

	private final boolean enabled;

	private final String uiLocale;

	private String passwordHash;

	PortalUser(Account account, boolean restrictedToOrganization) {
		this.actor = new Actor(account.getId(), account.getEmail(), account.getRole(), account.getCountryScope(),
				account.getOrganizationId(), restrictedToOrganization, account.getTranslationLocales());
		this.displayName = account.getDisplayName();
		this.enabled = account.isEnabled();
		this.uiLocale = account.getUiLocale();
		this.passwordHash = account.getPasswordHash();
	}

	public Actor actor() {
		return this.actor;
	}

	public Long id() {
		return this.actor.accountId();
	}

	public String displayName() {
		return this.displayName;
	}

	public StaffRole role() {
		return this.actor.role();
	}

	public String uiLocale() {
		return this.uiLocale;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.actor.role().authorities().stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.actor.email();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.id().equals(id());
	}

	@Override
	public int hashCode() {
		return id().hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + id() + "]";
	}

}
