package org.migrantportal.tools.joboffer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.editorial.EditorialItem;
import org.migrantportal.editorial.EditorialPolicy;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order of the job-offer check's entries and their on/off switch. A change shows on
 * the public check at once, so it needs a reviewer, as publishing does, and is published
 * as an {@link EditorialEvent} ({@link EditorialChange#DETAILS_CHANGED}).
 */
@Service
@Transactional
public class JobOfferArrangement {

	private final JobOfferQuestionRepository questions;

	private final JobOfferEditingService editing;

	private final EditorialPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JobOfferArrangement(JobOfferQuestionRepository questions, JobOfferEditingService editing, EditorialPolicy policy,
			ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.editing = editing;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Moves an entry in the list or switches it on or off. */
	public void arrange(Actor actor, Long id, int position, boolean enabled, long loadedVersion) {
		JobOfferQuestion question = this.editing.question(actor, id);
		EditorialItem item = new EditorialItem(JobOfferEditingService.COUNTRY, null, WorkflowState.PUBLISHED, true,
				false, null, false);
		if (!this.policy.permitted(actor, JobOfferKinds.QUESTION, item, EditorialAction.UNPUBLISH)) {
			throw new AccessDeniedException("Arranging the job-offer check needs a reviewer");
		}
		if (question.getVersion() != loadedVersion) {
			throw new JobOfferRuleException(Map.of("position", "joboffer.error.stale"));
		}
		if (position < 0 || position > 10000) {
			throw new JobOfferRuleException(Map.of("position", "joboffer.error.position"));
		}
		Instant now = this.clock.instant();
		question.arrange(position, enabled, now);
		this.questions.flush();
		this.events.publishEvent(EditorialEvent.of(JobOfferKinds.QUESTION, id, null, EditorialChange.DETAILS_CHANGED,
				question.getContentKey(), JobOfferEditingService.COUNTRY, null, null, null, actor, now,
				JobOfferEditingService.editPath(id, null)));
	}

}
