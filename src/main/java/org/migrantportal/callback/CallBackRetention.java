package org.migrantportal.callback;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes call-back requests whose retention period has passed, every hour by the
 * injected clock, on one node at a time (ShedLock). A request goes at the end of the
 * period the visitor was told, or sooner when an admin shortened its organization's.
 */
@Component
class CallBackRetention {

	private static final Logger logger = LoggerFactory.getLogger(CallBackRetention.class);

	private final CallBackRequestRepository requests;

	private final Clock clock;

	CallBackRetention(CallBackRequestRepository requests, Clock clock) {
		this.requests = requests;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.callback.cleanup-interval:PT1H}",
			initialDelayString = "${portal.callback.cleanup-initial-delay:PT2M}")
	@SchedulerLock(name = "callback-retention", lockAtMostFor = "PT10M")
	@Transactional
	public void deleteExpired() {
		int deleted = this.requests.deleteExpired(this.clock.instant());
		if (deleted > 0) {
			logger.info("Call-back requests past their retention period deleted: {}", deleted);
		}
	}

}
