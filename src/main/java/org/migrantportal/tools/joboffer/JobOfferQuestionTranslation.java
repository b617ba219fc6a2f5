package org.migrantportal.tools.joboffer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.migrantportal.editorial.WorkflowState;

/**
 * One language of a job-offer check entry: the working copy editors change, with its own
 * workflow state, and the published copy the public reads. Publishing copies the one to
 * the other, so a published text with a pending draft stays online unchanged.
 */
@Entity
@Table(name = "job_offer_question_translation")
class JobOfferQuestionTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "question_id", nullable = false, updatable = false)
	private Long questionId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false)
	private String question;

	@Column(nullable = false)
	private String warning;

	@Column(nullable = false)
	private String advice;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkflowState state = WorkflowState.DRAFT;

	@Column(name = "published_question")
	private String publishedQuestion;

	@Column(name = "published_warning")
	private String publishedWarning;

	@Column(name = "published_advice")
	private String publishedAdvice;

	@Column(name = "published_revision_id")
	private Long publishedRevisionId;

	@Column(name = "working_revision_id")
	private Long workingRevisionId;

	@Column(name = "awaiting_native_review", nullable = false)
	private boolean awaitingNativeReview;

	@Column(name = "translated_from")
	private String translatedFrom;

	@Column(name = "last_editor_id")
	private Long lastEditorId;

	@Column(name = "sent_back_reason")
	private String sentBackReason;

	@Column(name = "sent_back_by")
	private String sentBackBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected JobOfferQuestionTranslation() {
	}

	JobOfferQuestionTranslation(Long questionId, String locale, String translatedFrom, Instant now) {
		this.questionId = questionId;
		this.locale = locale;
		this.translatedFrom = translatedFrom;
		this.question = "";
		this.warning = "";
		this.advice = "";
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A new working copy was saved: the translation is a draft again. */
	void saved(JobOfferText text, boolean awaitingNativeReview, Long revisionId, Long editorId, Instant now) {
		this.question = text.question();
		this.warning = text.warning();
		this.advice = text.advice();
		this.awaitingNativeReview = awaitingNativeReview;
		this.workingRevisionId = revisionId;
		this.lastEditorId = editorId;
		this.state = WorkflowState.DRAFT;
		this.updatedAt = now;
	}

	void submitted(Instant now) {
		this.state = WorkflowState.IN_REVIEW;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.updatedAt = now;
	}

	void sentBack(String reason, String by, Instant now) {
		this.state = WorkflowState.DRAFT;
		this.sentBackReason = reason;
		this.sentBackBy = by;
		this.updatedAt = now;
	}

	void published(Instant now) {
		this.publishedQuestion = this.question;
		this.publishedWarning = this.warning;
		this.publishedAdvice = this.advice;
		this.publishedRevisionId = this.workingRevisionId;
		this.state = WorkflowState.PUBLISHED;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void unpublished(Instant now) {
		this.publishedQuestion = null;
		this.publishedWarning = null;
		this.publishedAdvice = null;
		this.publishedRevisionId = null;
		this.state = WorkflowState.UNPUBLISHED;
		this.updatedAt = now;
	}

	boolean isLive() {
		return this.publishedQuestion != null;
	}

	JobOfferText working() {
		return new JobOfferText(this.question, this.warning, this.advice);
	}

	JobOfferText publishedText() {
		return isLive() ? new JobOfferText(this.publishedQuestion, this.publishedWarning, this.publishedAdvice) : null;
	}

	Long getId() {
		return this.id;
	}

	Long getQuestionId() {
		return this.questionId;
	}

	String getLocale() {
		return this.locale;
	}

	WorkflowState getState() {
		return this.state;
	}

	Long getPublishedRevisionId() {
		return this.publishedRevisionId;
	}

	Long getWorkingRevisionId() {
		return this.workingRevisionId;
	}

	boolean isAwaitingNativeReview() {
		return this.awaitingNativeReview;
	}

	String getTranslatedFrom() {
		return this.translatedFrom;
	}

	Long getLastEditorId() {
		return this.lastEditorId;
	}

	String getSentBackReason() {
		return this.sentBackReason;
	}

	String getSentBackBy() {
		return this.sentBackBy;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
