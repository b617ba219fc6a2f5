package org.migrantportal.tools.joboffer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of a job-offer check translation: its words, who saved it and why. */
@Entity
@Table(name = "job_offer_question_revision")
class JobOfferQuestionRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "translation_id", nullable = false, updatable = false)
	private Long translationId;

	@Column(name = "revision_number", nullable = false, updatable = false)
	private int revisionNumber;

	@Column(nullable = false, updatable = false)
	private String question;

	@Column(nullable = false, updatable = false)
	private String warning;

	@Column(nullable = false, updatable = false)
	private String advice;

	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "author_email", updatable = false)
	private String authorEmail;

	@Column(nullable = false, updatable = false)
	private String note;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected JobOfferQuestionRevision() {
	}

	JobOfferQuestionRevision(Long translationId, int revisionNumber, JobOfferText text, Long authorId,
			String authorEmail, String note, Instant createdAt) {
		this.translationId = translationId;
		this.revisionNumber = revisionNumber;
		this.question = text.question();
		this.warning = text.warning();
		this.advice = text.advice();
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.note = (note != null) ? note : "";
		this.createdAt = createdAt;
	}

	JobOfferText text() {
		return new JobOfferText(this.question, this.warning, this.advice);
	}

	Long getId() {
		return this.id;
	}

	Long getTranslationId() {
		return this.translationId;
	}

	int getRevisionNumber() {
		return this.revisionNumber;
	}

	String getAuthorEmail() {
		return this.authorEmail;
	}

	String getNote() {
		return this.note;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
