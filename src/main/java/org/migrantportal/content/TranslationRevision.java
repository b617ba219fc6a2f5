package org.migrantportal.content;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved state of a translation: kept for ever, so nothing an editor saved is lost.
 */
@Entity
@Table(name = "translation_revision")
class TranslationRevision {

	/** What kind of translation a revision belongs to. */
	enum SubjectType {

		TOPIC, PAGE, NEWS

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_type", nullable = false, updatable = false)
	private SubjectType subjectType;

	@Column(name = "translation_id", nullable = false, updatable = false)
	private Long translationId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(name = "revision_number", nullable = false, updatable = false)
	private int revisionNumber;

	@Column(nullable = false, updatable = false)
	private String title;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false, updatable = false)
	private String summary;

	@Column(name = "body_markdown", nullable = false, updatable = false)
	private String bodyMarkdown;

	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "author_email", updatable = false)
	private String authorEmail;

	@Column(updatable = false)
	private String note;

	@Column(name = "minor_change", nullable = false, updatable = false)
	private boolean minorChange;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/**
	 * When the text itself last changed: the save for an editor's revision, the source's
	 * date for imported text, null when the import's source gives none.
	 */
	@Column(name = "text_changed_at", updatable = false)
	private Instant textChangedAt;

	protected TranslationRevision() {
	}

	TranslationRevision(SubjectType subjectType, TranslatedText translation, int revisionNumber, Long authorId,
			String authorEmail, String note, boolean minorChange, Instant now) {
		this.subjectType = subjectType;
		this.translationId = translation.getId();
		this.locale = translation.getLocale();
		this.revisionNumber = revisionNumber;
		this.title = translation.getTitle();
		this.slug = translation.getSlug();
		this.summary = translation.getSummary();
		this.bodyMarkdown = translation.getBodyMarkdown();
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.note = note;
		this.minorChange = minorChange;
		this.createdAt = now;
		this.textChangedAt = now;
	}

	/** An imported revision: its text is dated by its source, or not at all. */
	TranslationRevision datedBySource(Instant sourceDate) {
		this.textChangedAt = sourceDate;
		return this;
	}

	Long getId() {
		return this.id;
	}

	String getLocale() {
		return this.locale;
	}

	int getRevisionNumber() {
		return this.revisionNumber;
	}

	String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	SubjectType getSubjectType() {
		return this.subjectType;
	}

	Long getTranslationId() {
		return this.translationId;
	}

	String getTitle() {
		return this.title;
	}

	String getSlug() {
		return this.slug;
	}

	String getSummary() {
		return this.summary;
	}

	String getAuthorEmail() {
		return this.authorEmail;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Optional<Instant> getTextChangedAt() {
		return Optional.ofNullable(this.textChangedAt);
	}

	boolean isMinorChange() {
		return this.minorChange;
	}

	String getNote() {
		return this.note;
	}

}
