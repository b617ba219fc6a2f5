package org.migrantportal.accounts;

import java.time.Clock;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's sessions and login throttle as admins see and change them: how many
 * sessions are open and whether logins must wait; ending every session of an account (on
 * every node) and lifting its login wait, both audited. Also ends a person's other
 * sessions when they change their password.
 */
@Service
@Transactional
public class AccountSessionService {

	private final AccountRepository accounts;

	private final AccountSessions sessions;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountSessionService(AccountRepository accounts, AccountSessions sessions, LoginThrottle throttle,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.throttle = throttle;
		this.events = events;
		this.clock = clock;
	}

	/** How many sessions the account has open, and whether its logins must wait. */
	@Transactional(readOnly = true)
	public AccountAccessView getAccess(Actor admin, Long accountId) {
		Account account = find(admin, accountId);
		return new AccountAccessView(this.sessions.count(account.getEmail()),
				this.throttle.isThrottled(account.getEmail()));
	}

	/** Ends every session of the account, on every node; returns how many were ended. */
	public int endSessions(Actor admin, Long accountId) {
		Account account = find(admin, accountId);
		int ended = this.sessions.endAll(account.getEmail());
		publish(account, "SESSIONS_ENDED", Integer.toString(ended), admin);
		return ended;
	}

	/** Lets the account log in again at once, forgetting its failed logins. */
	public void unlockLogin(Actor admin, Long accountId) {
		Account account = find(admin, accountId);
		this.throttle.unlock(account.getEmail());
		publish(account, "LOGIN_UNLOCKED", "", admin);
	}

	/**
	 * After a password change: ends the person's sessions but the one they changed it in.
	 */
	public int endOtherSessions(Actor self, String currentSessionId) {
		return this.sessions.endAllBut(self.email(), currentSessionId);
	}

	private Account find(Actor admin, Long accountId) {
		if (admin == null || !admin.hasRole(StaffRole.ADMIN)) {
			throw new AccessDeniedException("Only admins manage accounts");
		}
		return this.accounts.findById(accountId).orElseThrow(AccountNotFoundException::new);
	}

	private void publish(Account account, String change, String summary, Actor actor) {
		this.events.publishEvent(new AccountEvents.AccountChanged(account.getId(), account.getEmail(), change, summary,
				actor.accountId(), actor.email(), this.clock.instant()));
	}

}
