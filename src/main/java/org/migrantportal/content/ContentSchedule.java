package org.migrantportal.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes and unpublishes translations whose scheduled time has come, every half minute
 * by the injected clock, on one node of the cluster at a time (ShedLock), so a scheduled
 * publication is made, announced and audited once.
 */
@Component
class ContentSchedule {

	private static final Logger logger = LoggerFactory.getLogger(ContentSchedule.class);

	private final ContentWorkflow editing;

	ContentSchedule(ContentWorkflow editing) {
		this.editing = editing;
	}

	@Scheduled(fixedDelayString = "${portal.schedule.interval:PT30S}",
			initialDelayString = "${portal.schedule.initial-delay:PT10S}")
	@SchedulerLock(name = "scheduled-publishing", lockAtMostFor = "PT10M")
	void run() {
		int changed = this.editing.runSchedule();
		if (changed > 0) {
			logger.info("Scheduled publishing: {} translations switched", changed);
		}
	}

}
