package org.migrantportal.accounts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired back-office sessions from PostgreSQL every minute, on each node (cheap,
 * and harmless when two nodes do it at once). It runs on the portal's scheduler rather
 * than Spring Session's own thread, so a database outage is one warning line, not an
 * error with a stack trace every minute.
 */
@Component
class ExpiredSessions {

	private final FindByIndexNameSessionRepository<?> sessions;

	ExpiredSessions(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@Scheduled(fixedDelayString = "${portal.session.cleanup-interval:PT1M}",
			initialDelayString = "${portal.session.cleanup-interval:PT1M}")
	void delete() {
		if (this.sessions instanceof OutageTolerantSessions<?> store) {
			store.deleteExpired();
		}
	}

}
