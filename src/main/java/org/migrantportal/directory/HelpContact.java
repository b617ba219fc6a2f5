package org.migrantportal.directory;

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
import org.migrantportal.shared.CountryScope;

/**
 * A hotline, emergency number, office or service a person can turn to: the root row that
 * points at its working revision (what editors change) and its published revision (what
 * the public sees), with its workflow state. Country, kind and position repeat the
 * working revision's, for scope checks and lists.
 */
@Entity
@Table(name = "help_contact")
class HelpContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_key", nullable = false, updatable = false)
	private String contentKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HelpContactKind kind;

	@Column(nullable = false)
	private boolean sample;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private WorkflowState state = WorkflowState.DRAFT;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "working_revision_id")
	private Long workingRevisionId;

	@Column(name = "published_revision_id")
	private Long publishedRevisionId;

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

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "deleted_by")
	private String deletedBy;

	protected HelpContact() {
	}

	HelpContact(String contentKey, HelpContactDocument document, Instant now) {
		this.contentKey = contentKey;
		copyFacts(document);
		this.createdAt = now;
		this.updatedAt = now;
	}

	private void copyFacts(HelpContactDocument document) {
		this.countryScope = document.country();
		this.kind = document.kind();
		this.position = document.position();
		this.sample = document.sample();
	}

	/** A new working revision was saved: the contact is a draft again. */
	void saved(HelpContactDocument document, Long revisionId, Long editorId, Instant now) {
		copyFacts(document);
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
		this.publishedRevisionId = this.workingRevisionId;
		this.published = true;
		this.state = WorkflowState.PUBLISHED;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void unpublished(Instant now) {
		this.published = false;
		this.publishedRevisionId = null;
		this.state = WorkflowState.UNPUBLISHED;
		this.updatedAt = now;
	}

	void moveToTrash(Instant now, String by) {
		this.deletedAt = now;
		this.deletedBy = by;
		this.updatedAt = now;
	}

	void restoreFromTrash(Instant now) {
		this.deletedAt = null;
		this.deletedBy = null;
		this.state = WorkflowState.DRAFT;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getContentKey() {
		return this.contentKey;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	HelpContactKind getKind() {
		return this.kind;
	}

	int getPosition() {
		return this.position;
	}

	WorkflowState getState() {
		return this.state;
	}

	boolean isPublished() {
		return this.published;
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

	Long getWorkingRevisionId() {
		return this.workingRevisionId;
	}

	Long getPublishedRevisionId() {
		return this.publishedRevisionId;
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
