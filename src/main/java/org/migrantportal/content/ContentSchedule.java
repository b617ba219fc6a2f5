package org.migrantportal.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes and unpublishes translations whose scheduled time has come, every half minute
 * by the injected clock. Running it twice at once is harmless: each change is made in one
 * transaction and a translation already switched is no longer due.
 */
@Component
class ContentSchedule {

	private static final Logger logger = LoggerFactory.getLogger(ContentSchedule.class);

	private final ContentWorkflow editing;

	ContentSchedule(ContentWorkflow editing) {
		this.editing = editing;
	}

	@Scheduled(fixedDelayString = "${portal.schedule.interval:PT30S}", initialDelayString = "PT10S")
	void run() {
		int changed = this.editing.runSchedule();
		if (changed > 0) {
			logger.info("Scheduled publishing: {} translations switched", changed);
		}
	}

}
