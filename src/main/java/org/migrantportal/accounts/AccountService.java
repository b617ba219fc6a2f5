package org.migrantportal.accounts;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.migrantportal.directory.OrganizationService;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages staff accounts. Only admins create, change, disable and enable accounts;
 * everyone changes their own password (with the current one) and their back-office
 * language. Every change is published as an {@link AccountEvents.AccountChanged} event
 * for the audit trail. A change of what an account may do (its role, country or
 * organization) and disabling it end the account's sessions on every node at once.
 */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final OrganizationService organizations;

	private final SiteLocales siteLocales;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, OrganizationService organizations,
			SiteLocales siteLocales, AccountSessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.passwordEncoder = passwordEncoder;
		this.organizations = organizations;
		this.siteLocales = siteLocales;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AccountView> listAccounts(Actor actor) {
		requireAdmin(actor);
		return this.accounts.findAllByOrderByEmailAsc().stream().map(AccountView::of).toList();
	}

	@Transactional(readOnly = true)
	public AccountView getAccount(Actor actor, Long id) {
		requireAdmin(actor);
		return AccountView.of(find(id));
	}

	public AccountView createAccount(Actor actor, NewAccount request) {
		requireAdmin(actor);
		return AccountView.of(create(request, actor));
	}

	public AccountView updateAccount(Actor actor, Long id, AccountChanges changes) {
		requireAdmin(actor);
		Account account = find(id);
		if (account.getVersion() != changes.version()) {
			throw AccountException.staleVersion();
		}
		checkOrganization(changes.organizationId());
		Set<String> translationLocales = knownLocales(changes.translationLocales());
		boolean accessChanged = account.getRole() != changes.role()
				|| account.getCountryScope() != changes.countryScope()
				|| !Objects.equals(account.getOrganizationId(), changes.organizationId())
				|| !account.getTranslationLocales().equals(translationLocales);
		account.change(changes.displayName().strip(), changes.role(), changes.countryScope(), changes.organizationId(),
				this.clock.instant());
		account.setTranslationLocales(translationLocales);
		publish(account, "UPDATED", changes.role() + " " + changes.countryScope() + " organization="
				+ changes.organizationId() + " languages=" + String.join(",", new TreeSet<>(translationLocales)),
				actor);
		if (accessChanged) {
			// the person logs in again and gets exactly what they may do now, on every
			// node
			this.sessions.endAll(account.getEmail());
		}
		return AccountView.of(account);
	}

	/**
	 * Disables or enables an account; a disabled account's sessions end at once, on every
	 * node.
	 */
	public void setEnabled(Actor actor, Long id, boolean enabled) {
		requireAdmin(actor);
		if (!enabled && actor.accountId().equals(id)) {
			throw AccountException.cannotDisableYourself();
		}
		Account account = find(id);
		if (account.isEnabled() != enabled) {
			account.setEnabled(enabled, this.clock.instant());
			publish(account, enabled ? "ENABLED" : "DISABLED", "", actor);
			if (!enabled) {
				this.sessions.endAll(account.getEmail());
			}
		}
	}

	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		Account account = find(actor.accountId());
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw AccountException.wrongCurrentPassword();
		}
		PasswordPolicy.problem(newPassword, account.getEmail()).ifPresent((problem) -> {
			throw AccountException.weakPassword(problem);
		});
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		publish(account, "PASSWORD_CHANGED", "", actor);
	}

	public void chooseLocale(Actor actor, String tag) {
		this.siteLocales.find(tag)
			.ifPresent((locale) -> find(actor.accountId()).chooseLocale(locale.tag(), this.clock.instant()));
	}

	/** Creates the first admin from configuration when no enabled admin exists. */
	boolean createFirstAdmin(String email, String password) {
		if (this.accounts.existsByRoleAndEnabledTrue(StaffRole.ADMIN)) {
			return false;
		}
		create(new NewAccount(email, email, password, StaffRole.ADMIN, CountryScope.BOTH, null, Set.of()), null);
		return true;
	}

	/**
	 * A login into the session {@code sessionId} completed (after the second step where
	 * there is one): the account's sessions beyond its limit, those used longest ago,
	 * end.
	 */
	void recordLoginSuccess(Long accountId, String sessionId) {
		Account account = find(accountId);
		account.loggedIn(this.clock.instant());
		this.sessions.keepNewest(account.getEmail(), sessionId);
		this.events
			.publishEvent(new AccountEvents.LoginSucceeded(account.getId(), account.getEmail(), this.clock.instant()));
	}

	void recordLoginFailure(String attemptedEmail) {
		String email = Account.normalizeEmail(attemptedEmail);
		Long accountId = this.accounts.findByEmail(email).map(Account::getId).orElse(null);
		this.events.publishEvent(new AccountEvents.LoginFailed(abbreviate(email), accountId, this.clock.instant()));
	}

	private Account create(NewAccount request, Actor actor) {
		String email = Account.normalizeEmail(request.email());
		if (this.accounts.findByEmail(email).isPresent()) {
			throw AccountException.emailTaken();
		}
		PasswordPolicy.problem(request.password(), email).ifPresent((problem) -> {
			throw AccountException.weakPassword(problem);
		});
		checkOrganization(request.organizationId());
		Account account = this.accounts
			.save(new Account(email, request.displayName().strip(), this.passwordEncoder.encode(request.password()),
					request.role(), request.countryScope(), request.organizationId(), this.clock.instant()));
		account.setTranslationLocales(knownLocales(request.translationLocales()));
		publish(account, "CREATED",
				request.role() + " " + request.countryScope() + " organization=" + request.organizationId(), actor);
		return account;
	}

	/** The configured languages among those chosen; anything else is dropped. */
	private Set<String> knownLocales(Set<String> tags) {
		if (tags == null) {
			return Set.of();
		}
		return tags.stream()
			.flatMap((tag) -> this.siteLocales.find(tag).stream())
			.map((locale) -> locale.tag())
			.collect(Collectors.toSet());
	}

	private void checkOrganization(Long organizationId) {
		if (organizationId != null
				&& this.organizations.findOrganization(organizationId, this.siteLocales.defaultLocale()).isEmpty()) {
			throw AccountException.unknownOrganization();
		}
	}

	private Account find(Long id) {
		return this.accounts.findById(id).orElseThrow(AccountNotFoundException::new);
	}

	private void publish(Account account, String change, String summary, Actor actor) {
		this.events.publishEvent(new AccountEvents.AccountChanged(account.getId(), account.getEmail(), change, summary,
				(actor != null) ? actor.accountId() : null, (actor != null) ? actor.email() : null,
				this.clock.instant()));
	}

	private static void requireAdmin(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins manage accounts");
		}
	}

	private static String abbreviate(String value) {
		return (value.length() > 254) ? value.substring(0, 254) : value;
	}

}
