package org.migrantportal.tools.joboffer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.editorial.EditorialItem;
import org.migrantportal.editorial.EditorialPolicy;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-office's work on the job-offer check, one translation at a time: save a draft
 * (a new revision), submit, send back, publish, unpublish, restore a revision; and the
 * order and on/off switch of an entry. Every step asks the {@link EditorialPolicy} first
 * and publishes an {@link EditorialEvent} of {@link JobOfferKinds#QUESTION}. The check
 * serves both countries, so its entries are regional ({@link CountryScope#BOTH}).
 */
@Service
@Transactional
public class JobOfferEditingService {

	/** The longest reason a reviewer gives for sending a translation back. */
	public static final int MAX_REASON = 1000;

	static final CountryScope COUNTRY = CountryScope.BOTH;

	private final JobOfferQuestionRepository questions;

	private final JobOfferQuestionTranslationRepository translations;

	private final JobOfferQuestionRevisionRepository revisions;

	private final EditorialPolicy policy;

	private final FourEyesSettings fourEyes;

	private final ApplicationEventPublisher events;

	private final SiteLocales siteLocales;

	private final Clock clock;

	JobOfferEditingService(JobOfferQuestionRepository questions, JobOfferQuestionTranslationRepository translations,
			JobOfferQuestionRevisionRepository revisions, EditorialPolicy policy, FourEyesSettings fourEyes,
			ApplicationEventPublisher events, SiteLocales siteLocales, Clock clock) {
		this.questions = questions;
		this.translations = translations;
		this.revisions = revisions;
		this.policy = policy;
		this.fourEyes = fourEyes;
		this.events = events;
		this.siteLocales = siteLocales;
		this.clock = clock;
	}

	/** One language of an entry, as its form shows it (empty when not written yet). */
	@Transactional(readOnly = true)
	public EditableJobOfferTranslation getTranslation(Actor actor, Long id, String locale) {
		JobOfferQuestion question = question(actor, id);
		return this.translations.findByQuestionIdAndLocale(id, language(locale))
			.map((translation) -> editable(question, translation))
			.orElseGet(() -> new EditableJobOfferTranslation(id, question.getPart(), locale, -1, null, false,
					new JobOfferText("", "", ""), true, null, null, null, null));
	}

	/**
	 * Saves the words as a new draft revision (creating the translation when the language
	 * has none yet); the published words stay online unchanged until a reviewer
	 * publishes. Returns the translation's new version.
	 */
	public long save(Actor actor, Long id, String locale, JobOfferText text, boolean awaitingNativeReview,
			long loadedVersion) {
		JobOfferQuestion question = question(actor, id);
		JobOfferQuestionTranslation translation = this.translations.findByQuestionIdAndLocale(id, language(locale))
			.orElse(null);
		if (translation == null) {
			this.policy.require(actor, JobOfferKinds.QUESTION, EditorialItem.unsaved(COUNTRY, null),
					EditorialAction.SAVE);
			JobOfferRules.require(text);
			translation = this.translations.saveAndFlush(
					new JobOfferQuestionTranslation(id, locale, this.siteLocales.defaultLocale().tag(), now()));
			record(question, translation, text, awaitingNativeReview, actor, "");
			changed(question, translation, EditorialChange.TRANSLATION_CREATED, null, actor);
		}
		else {
			current(question, translation, loadedVersion);
			require(actor, translation, EditorialAction.SAVE);
			JobOfferRules.require(text);
			record(question, translation, text, awaitingNativeReview, actor, "");
			changed(question, translation, EditorialChange.SAVED, null, actor);
		}
		this.translations.flush();
		return translation.getVersion();
	}

	/**
	 * What a form's workflow button does: saves the typed words first when {@code save},
	 * then takes the step ({@link EditorialAction#SUBMIT},
	 * {@link EditorialAction#PUBLISH} or {@link EditorialAction#UNPUBLISH}), all or
	 * nothing: a refused step saves nothing either.
	 */
	public void saveAndTake(Actor actor, Long id, String locale, JobOfferText text, boolean awaitingNativeReview,
			long loadedVersion, boolean save, EditorialAction step) {
		long version = save ? save(actor, id, locale, text, awaitingNativeReview, loadedVersion) : loadedVersion;
		switch (step) {
			case SUBMIT -> submitForReview(actor, id, locale, version);
			case PUBLISH -> publish(actor, id, locale, version);
			case UNPUBLISH -> unpublish(actor, id, locale, version);
			default -> throw new IllegalArgumentException("Not a step of the form: " + step);
		}
	}

	public void submitForReview(Actor actor, Long id, String locale, long loadedVersion) {
		Step step = step(actor, id, locale, loadedVersion, EditorialAction.SUBMIT);
		step.translation().submitted(now());
		changed(step.question(), step.translation(), EditorialChange.SUBMITTED, null, actor);
	}

	/** A reviewer returns a translation in review to its editors, with the reason. */
	public void sendBack(Actor actor, Long id, String locale, String reason, long loadedVersion) {
		Step step = step(actor, id, locale, loadedVersion, EditorialAction.SEND_BACK);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new JobOfferRuleException(Map.of("reason",
					why.isEmpty() ? "editorial.error.reason-required" : "editorial.error.reason-too-long"));
		}
		step.translation().sentBack(why, actor.email(), now());
		changed(step.question(), step.translation(), EditorialChange.SENT_BACK, why, actor);
	}

	/** Publishes the working copy: reviewers, and not their own edit under four eyes. */
	public void publish(Actor actor, Long id, String locale, long loadedVersion) {
		Step step = step(actor, id, locale, loadedVersion, EditorialAction.PUBLISH);
		publish(step.question(), step.translation(), actor);
	}

	public void unpublish(Actor actor, Long id, String locale, long loadedVersion) {
		Step step = step(actor, id, locale, loadedVersion, EditorialAction.UNPUBLISH);
		step.translation().unpublished(now());
		changed(step.question(), step.translation(), EditorialChange.UNPUBLISHED, null, actor);
	}

	/** Saves an old revision's words again, as the newest draft. */
	public long restoreRevision(Actor actor, Long id, String locale, Long revisionId, long loadedVersion) {
		Step step = step(actor, id, locale, loadedVersion, EditorialAction.SAVE);
		JobOfferQuestionRevision revision = this.revisions.findById(revisionId)
			.filter((candidate) -> candidate.getTranslationId().equals(step.translation().getId()))
			.orElseThrow(() -> new JobOfferQuestionNotFoundException(revisionId));
		record(step.question(), step.translation(), revision.text(), step.translation().isAwaitingNativeReview(), actor,
				"restored revision " + revision.getRevisionNumber());
		changed(step.question(), step.translation(), EditorialChange.SAVED, null, actor);
		this.translations.flush();
		return step.translation().getVersion();
	}

	/** What the actor may do to the translation now: the buttons its form shows. */
	@Transactional(readOnly = true)
	public Set<EditorialAction> availableActions(Actor actor, Long id, String locale) {
		question(actor, id);
		return this.translations.findByQuestionIdAndLocale(id, language(locale))
			.map((translation) -> this.policy.available(actor, JobOfferKinds.QUESTION, facts(translation)))
			.orElseGet(
					() -> this.policy.available(actor, JobOfferKinds.QUESTION, EditorialItem.unsaved(COUNTRY, null)));
	}

	// the initial content shares these; it has no actor

	JobOfferQuestion create(String contentKey, QuestionPart part, int position, boolean enabled) {
		return this.questions.saveAndFlush(new JobOfferQuestion(contentKey, part, position, enabled, now()));
	}

	void importTranslation(JobOfferQuestion question, String locale, JobOfferText text, boolean awaitingNativeReview,
			String translatedFrom, boolean publish) {
		JobOfferRules.require(text);
		JobOfferQuestionTranslation translation = this.translations
			.saveAndFlush(new JobOfferQuestionTranslation(question.getId(), locale, translatedFrom, now()));
		record(question, translation, text, awaitingNativeReview, null, "initial content");
		changed(question, translation, EditorialChange.TRANSLATION_CREATED, null, null);
		if (publish) {
			publish(question, translation, null);
		}
	}

	EditorialItem facts(JobOfferQuestionTranslation translation) {
		return new EditorialItem(COUNTRY, null, translation.getState(), translation.isLive(), false,
				translation.getLastEditorId(), this.fourEyes.isRequired(COUNTRY));
	}

	static EditableJobOfferTranslation editable(JobOfferQuestion question, JobOfferQuestionTranslation translation) {
		return new EditableJobOfferTranslation(question.getId(), question.getPart(), translation.getLocale(),
				translation.getVersion(), translation.getState(), translation.isLive(), translation.working(),
				translation.isAwaitingNativeReview(), translation.getTranslatedFrom(), translation.getSentBackReason(),
				translation.getSentBackBy(), translation.publishedText());
	}

	static String editPath(Long id, String locale) {
		return "/admin/tools/job-offer-check/" + id + ((locale != null) ? "/" + locale : "");
	}

	/** The entry, if it exists, for an editor whose scope reaches the check. */
	JobOfferQuestion question(Actor actor, Long id) {
		requireEditor(actor);
		return this.questions.findById(id).orElseThrow(() -> new JobOfferQuestionNotFoundException(id));
	}

	/** Editors whose scope reaches the check (it is regional) work on it. */
	static void requireEditor(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR) || !actor.canWorkOn(COUNTRY, null)) {
			throw new AccessDeniedException("The job-offer check needs an editor");
		}
	}

	/** The tag of a configured language, else not found. */
	String language(String locale) {
		return this.siteLocales.find(locale)
			.map(SiteLocale::tag)
			.orElseThrow(() -> new JobOfferQuestionNotFoundException(locale));
	}

	private void publish(JobOfferQuestion question, JobOfferQuestionTranslation translation, Actor actor) {
		JobOfferRules.require(translation.working());
		translation.published(now());
		this.translations.flush();
		changed(question, translation, EditorialChange.PUBLISHED, null, actor);
	}

	private Step step(Actor actor, Long id, String locale, long loadedVersion, EditorialAction action) {
		JobOfferQuestion question = question(actor, id);
		JobOfferQuestionTranslation translation = this.translations.findByQuestionIdAndLocale(id, language(locale))
			.orElseThrow(() -> new JobOfferQuestionNotFoundException(id + "/" + locale));
		current(question, translation, loadedVersion);
		require(actor, translation, action);
		return new Step(question, translation);
	}

	private void current(JobOfferQuestion question, JobOfferQuestionTranslation translation, long loadedVersion) {
		if (translation.getVersion() != loadedVersion) {
			throw new JobOfferEditConflictException(editable(question, translation));
		}
	}

	private void require(Actor actor, JobOfferQuestionTranslation translation, EditorialAction action) {
		this.policy.require(actor, JobOfferKinds.QUESTION, facts(translation), action);
	}

	private void record(JobOfferQuestion question, JobOfferQuestionTranslation translation, JobOfferText text,
			boolean awaitingNativeReview, Actor actor, String note) {
		int number = this.revisions.findFirstByTranslationIdOrderByRevisionNumberDesc(translation.getId())
			.map((latest) -> latest.getRevisionNumber() + 1)
			.orElse(1);
		Long authorId = (actor != null) ? actor.accountId() : null;
		JobOfferQuestionRevision revision = this.revisions.saveAndFlush(new JobOfferQuestionRevision(
				translation.getId(), number, text, authorId, (actor != null) ? actor.email() : null, note, now()));
		translation.saved(text, awaitingNativeReview, revision.getId(), authorId, now());
	}

	private void changed(JobOfferQuestion question, JobOfferQuestionTranslation translation, EditorialChange change,
			String reason, Actor actor) {
		String title = translation.working().question();
		this.events.publishEvent(EditorialEvent.of(JobOfferKinds.QUESTION, question.getId(), translation.getLocale(),
				change, title.isEmpty() ? question.getContentKey() : abbreviate(title), COUNTRY, null,
				translation.getLastEditorId(), reason, actor, now(),
				editPath(question.getId(), translation.getLocale())));
	}

	static String abbreviate(String text) {
		return (text.length() <= 120) ? text : text.substring(0, 119) + "…";
	}

	private Instant now() {
		return this.clock.instant();
	}

	private record Step(JobOfferQuestion question, JobOfferQuestionTranslation translation) {
	}

}
