package org.migrantportal.operations;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.DatabaseOutage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives every event whose listener failed (the audit entry, the search index, a review
 * e-mail: written after the change committed) another try, so a failure for a moment (the
 * database away, a mail server down) loses nothing: every
 * {@code portal.events.retry-interval} (a minute), on one node of the cluster, the
 * publications still not completed after {@code portal.events.retry-after} (two minutes,
 * longer than a listener runs) are sent to their listeners again. The backlog is the
 * metric {@code portal_outbox_backlog}.
 */
@Component
class EventRetries {

	private static final Logger logger = LoggerFactory.getLogger(EventRetries.class);

	private final IncompleteEventPublications incomplete;

	private final Duration retryAfter;

	EventRetries(IncompleteEventPublications incomplete,
			@Value("${portal.events.retry-after:PT2M}") Duration retryAfter) {
		this.incomplete = incomplete;
		this.retryAfter = retryAfter;
	}

	@Scheduled(fixedDelayString = "${portal.events.retry-interval:PT1M}",
			initialDelayString = "${portal.events.retry-interval:PT1M}")
	@SchedulerLock(name = "event-retries", lockAtMostFor = "PT10M")
	void retry() {
		try {
			this.incomplete.resubmitIncompletePublicationsOlderThan(this.retryAfter);
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.isCause(ex)) {
				throw ex;
			}
			logger.debug("Events not retried while the database is away: {}", ex.getMessage());
		}
	}

}
