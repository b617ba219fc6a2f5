package org.migrantportal.tools.joboffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrantportal.editorial.WorkItem;
import org.migrantportal.editorial.WorkSource;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The job-offer check's translations in draft or in review, for the review queue. */
@Component
class JobOfferQuestionWork implements WorkSource {

	private final JobOfferQuestionRepository questions;

	private final JobOfferQuestionTranslationRepository translations;

	private final JobOfferEditingService editing;

	JobOfferQuestionWork(JobOfferQuestionRepository questions, JobOfferQuestionTranslationRepository translations,
			JobOfferEditingService editing) {
		this.questions = questions;
		this.translations = translations;
		this.editing = editing;
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkItem> openWork(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)
				|| !actor.canWorkOn(JobOfferEditingService.COUNTRY, null)) {
			return List.of();
		}
		Map<Long, JobOfferQuestion> byId = this.questions.findAll()
			.stream()
			.collect(Collectors.toMap(JobOfferQuestion::getId, Function.identity()));
		List<WorkItem> items = new ArrayList<>();
		for (JobOfferQuestionTranslation translation : this.translations.findByQuestionIdIn(byId.keySet())) {
			WorkflowState state = translation.getState();
			if (state != WorkflowState.DRAFT && state != WorkflowState.IN_REVIEW) {
				continue;
			}
			Long id = translation.getQuestionId();
			String title = translation.working().question();
			items.add(new WorkItem(JobOfferKinds.QUESTION, id, translation.getLocale(),
					title.isEmpty() ? byId.get(id).getContentKey() : JobOfferEditingService.abbreviate(title),
					JobOfferEditingService.editPath(id, translation.getLocale()), state, JobOfferEditingService.COUNTRY,
					null, translation.getLastEditorId(), this.editing.facts(translation).fourEyes(),
					translation.getSentBackReason(), translation.getSentBackBy(), translation.getUpdatedAt()));
		}
		return items;
	}

}
