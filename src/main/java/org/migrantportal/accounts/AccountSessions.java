package org.migrantportal.accounts;

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

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
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

	/** How many sessions the account has open. */
	int count(String email) {
		return this.sessions.findByPrincipalName(email).size();
	}

}
