package org.migrantportal.feedback;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes visitors' texts once {@code portal.feedback.text-retention-days} have passed
 * since they were received (the answer "useful or not" stays for the counts), every few
 * hours by the injected clock, on one node at a time (ShedLock). What a person at risk
 * typed is kept no longer than it helps the editors, even after personal data was
 * stripped from it.
 */
@Component
@EnableConfigurationProperties(FeedbackProperties.class)
class FeedbackRetention {

	private static final Logger logger = LoggerFactory.getLogger(FeedbackRetention.class);

	private final FeedbackRepository feedback;

	private final FeedbackProperties properties;

	private final Clock clock;

	FeedbackRetention(FeedbackRepository feedback, FeedbackProperties properties, Clock clock) {
		this.feedback = feedback;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${portal.feedback.retention-interval:PT6H}",
			initialDelayString = "${portal.feedback.retention-initial-delay:PT3M}")
	@SchedulerLock(name = "feedback-retention", lockAtMostFor = "PT10M")
	@Transactional
	public void removeOldTexts() {
		// texts are dated in their country's zone, a few hours ahead of UTC: the cut-off
		// errs by a day at most, on the side of keeping
		LocalDate before = LocalDate.now(this.clock).minusDays(this.properties.textRetentionDays());
		int removed = this.feedback.removeCommentsReceivedBefore(before);
		if (removed > 0) {
			logger.info("Feedback texts past their retention period removed: {}", removed);
		}
	}

}
