package org.migrantportal.tools.joboffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.PageTags;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read side of the job-offer check: the published introduction and the
 * published questions that are switched on, each in the visitor's language or the best
 * one along the fallback chain. Drafts never show.
 */
@Service
@Transactional(readOnly = true)
public class JobOfferCheck {

	private final JobOfferQuestionRepository questions;

	private final JobOfferQuestionTranslationRepository translations;

	private final SiteLocales siteLocales;

	JobOfferCheck(JobOfferQuestionRepository questions, JobOfferQuestionTranslationRepository translations,
			SiteLocales siteLocales) {
		this.questions = questions;
		this.translations = translations;
		this.siteLocales = siteLocales;
	}

	public JobOfferQuestionnaire questionnaire(SiteLocale locale) {
		PageTags.list(JobOfferKinds.QUESTION.key());
		List<JobOfferQuestion> enabled = this.questions.findAllByOrderByPartAscPositionAscIdAsc()
			.stream()
			.filter(JobOfferQuestion::isEnabled)
			.toList();
		Map<Long, List<JobOfferQuestionTranslation>> byQuestion = this.translations
			.findByQuestionIdIn(enabled.stream().map(JobOfferQuestion::getId).toList())
			.stream()
			.filter(JobOfferQuestionTranslation::isLive)
			.collect(Collectors.groupingBy(JobOfferQuestionTranslation::getQuestionId));
		JobOfferEntryView intro = null;
		List<JobOfferEntryView> shown = new ArrayList<>();
		for (JobOfferQuestion question : enabled) {
			Optional<JobOfferEntryView> view = view(locale, question,
					byQuestion.getOrDefault(question.getId(), List.of()));
			if (view.isEmpty()) {
				continue;
			}
			if (question.getPart() == QuestionPart.INTRO) {
				intro = (intro != null) ? intro : view.get();
			}
			else {
				shown.add(view.get());
			}
		}
		return new JobOfferQuestionnaire(intro, List.copyOf(shown));
	}

	private Optional<JobOfferEntryView> view(SiteLocale locale, JobOfferQuestion question,
			List<JobOfferQuestionTranslation> live) {
		return this.siteLocales.pickBest(locale, live, JobOfferQuestionTranslation::getLocale).map((translation) -> {
			JobOfferText text = translation.publishedText();
			SiteLocale shown = this.siteLocales.get(translation.getLocale());
			return new JobOfferEntryView(question.getId(), question.getPart(), text.question(), text.warning(),
					text.advice(), shown, !shown.equals(locale), translation.isAwaitingNativeReview());
		});
	}

}
