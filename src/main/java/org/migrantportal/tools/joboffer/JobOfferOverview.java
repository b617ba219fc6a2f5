package org.migrantportal.tools.joboffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the back-office reads of the job-offer check: the list of its entries with where
 * each language stands, and the revisions of one translation.
 */
@Service
@Transactional(readOnly = true)
public class JobOfferOverview {

	private final JobOfferQuestionRepository questions;

	private final JobOfferQuestionTranslationRepository translations;

	private final JobOfferQuestionRevisionRepository revisions;

	private final JobOfferEditingService editing;

	private final SiteLocales siteLocales;

	JobOfferOverview(JobOfferQuestionRepository questions, JobOfferQuestionTranslationRepository translations,
			JobOfferQuestionRevisionRepository revisions, JobOfferEditingService editing, SiteLocales siteLocales) {
		this.questions = questions;
		this.translations = translations;
		this.revisions = revisions;
		this.editing = editing;
		this.siteLocales = siteLocales;
	}

	/** Every entry, the introduction first, then the questions in order. */
	public List<JobOfferQuestionRow> list(Actor actor, String uiLocale) {
		JobOfferEditingService.requireEditor(actor);
		List<JobOfferQuestion> all = this.questions.findAllByOrderByPartAscPositionAscIdAsc();
		Map<Long, List<JobOfferQuestionTranslation>> byQuestion = this.translations
			.findByQuestionIdIn(all.stream().map(JobOfferQuestion::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(JobOfferQuestionTranslation::getQuestionId));
		SiteLocale ui = this.siteLocales.findOrDefault(uiLocale);
		List<JobOfferQuestionRow> rows = new ArrayList<>();
		for (JobOfferQuestion question : all) {
			List<JobOfferQuestionTranslation> texts = byQuestion.getOrDefault(question.getId(), List.of());
			String title = this.siteLocales.pickBest(ui, texts, JobOfferQuestionTranslation::getLocale)
				.map((translation) -> translation.working().question())
				.orElse(question.getContentKey());
			List<JobOfferQuestionRow.TranslationStatus> statuses = this.siteLocales.all()
				.stream()
				.map((locale) -> texts.stream()
					.filter((text) -> text.getLocale().equals(locale.tag()))
					.findFirst()
					.map((text) -> new JobOfferQuestionRow.TranslationStatus(locale.tag(), text.getState(),
							text.isLive(), text.isAwaitingNativeReview()))
					.orElseGet(() -> new JobOfferQuestionRow.TranslationStatus(locale.tag(), null, false, false)))
				.toList();
			rows.add(new JobOfferQuestionRow(question.getId(), question.getPart(), question.getPosition(),
					question.isEnabled(), question.getVersion(), JobOfferEditingService.abbreviate(title), statuses));
		}
		return rows;
	}

	/** The saved states of one translation, newest first. */
	public List<JobOfferRevisionSummary> listRevisions(Actor actor, Long id, String locale) {
		this.editing.question(actor, id);
		JobOfferQuestionTranslation translation = this.translations
			.findByQuestionIdAndLocale(id, this.editing.language(locale))
			.orElseThrow(() -> new JobOfferQuestionNotFoundException(id + "/" + locale));
		return this.revisions.findByTranslationIdOrderByRevisionNumberDesc(translation.getId())
			.stream()
			.map((revision) -> new JobOfferRevisionSummary(revision.getId(), revision.getRevisionNumber(),
					revision.getAuthorEmail(), revision.getNote(), revision.getCreatedAt(),
					revision.getId().equals(translation.getWorkingRevisionId()),
					revision.getId().equals(translation.getPublishedRevisionId())))
			.toList();
	}

	/** The words of one revision of a translation, to show it whole. */
	public JobOfferText revision(Actor actor, Long id, String locale, Long revisionId) {
		this.editing.question(actor, id);
		JobOfferQuestionTranslation translation = this.translations
			.findByQuestionIdAndLocale(id, this.editing.language(locale))
			.orElseThrow(() -> new JobOfferQuestionNotFoundException(id + "/" + locale));
		return this.revisions.findById(revisionId)
			.filter((revision) -> revision.getTranslationId().equals(translation.getId()))
			.map(JobOfferQuestionRevision::text)
			.orElseThrow(() -> new JobOfferQuestionNotFoundException(revisionId));
	}

}
