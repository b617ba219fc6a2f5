package org.migrantportal.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * An account's back-office sessions, found in the shared session store by the account's
 * e-mail (the principal name Spring Session indexes), so they can be ended on every node
 * at once.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final int perAccount;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, AccountsProperties properties) {
		this.sessions = sessions;
		this.perAccount = properties.session().perAccount();
	}

	/** Ends every session of the account; returns how many there were. */
	int endAll(String email) {
		return endAllBut(email, null);
	}

	/** Ends every session of the account but the one given; returns how many it ended. */
	int endAllBut(String email, String keptSessionId) {
		Map<String, ? extends Session> found = this.sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keptSessionId)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	/**
	 * After a login into {@code currentSessionId}: ends the account's other sessions used
	 * longest ago, so that with the current one it has at most
	 * {@code portal.session.per-account}; returns how many it ended.
	 */
	int keepNewest(String email, String currentSessionId) {
		int limit = this.perAccount;
		List<? extends Session> others = this.sessions.findByPrincipalName(email)
			.values()
			.stream()
			.filter((session) -> !session.getId().equals(currentSessionId))
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.toList();
		int ended = 0;
		for (Session old : others.subList(Math.min(others.size(), Math.max(0, limit - 1)), others.size())) {
			this.sessions.deleteById(old.getId());
			ended++;
		}
		return ended;
	}

	/** How many sessions the account has open. */
	int count(String email) {
		return this.sessions.findByPrincipalName(email).size();
	}

}
