package org.migrantportal.accounts;

import java.util.Optional;

import org.migrantportal.directory.OrganizationService;
import org.migrantportal.directory.OrganizationSummary;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a staff member for login, and again on every back-office request to follow
 * changes. At a successful login, a hash made with older settings (bcrypt, or Argon2 with
 * less memory) is replaced by one made with the current ones.
 */
@Component
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final AccountRepository accounts;

	private final OrganizationService organizations;

	private final SiteLocales siteLocales;

	AccountUserDetailsService(AccountRepository accounts, OrganizationService organizations, SiteLocales siteLocales) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.siteLocales = siteLocales;
	}

	@Override
	@Transactional(readOnly = true)
	public PortalUser loadUserByUsername(String email) {
		return this.accounts.findByEmail(Account.normalizeEmail(email))
			.map(this::user)
			.orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		PortalUser current = (PortalUser) user;
		return this.accounts.findById(current.id()).map((account) -> {
			account.rehash(newPasswordHash);
			return user(account);
		}).orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
	}

	@Transactional(readOnly = true)
	Optional<PortalUser> findUser(Long id) {
		return this.accounts.findById(id).map(this::user);
	}

	private PortalUser user(Account account) {
		boolean restricted = this.organizations
			.findOrganization(account.getOrganizationId(), this.siteLocales.defaultLocale())
			.map(OrganizationSummary::restrictsEditorsToOwnRecords)
			.orElse(false);
		return new PortalUser(account, restricted);
	}

}
