package org.migrantportal.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One saved state of a whole help contact: its document as JSON, who saved it and why.
 */
@Entity
@Table(name = "help_contact_revision")
class HelpContactRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "contact_id", nullable = false, updatable = false)
	private Long contactId;

	@Column(name = "revision_number", nullable = false, updatable = false)
	private int revisionNumber;

	@Column(nullable = false, updatable = false)
	private String document;

	@Column(name = "author_id", updatable = false)
	private Long authorId;

	@Column(name = "author_email", updatable = false)
	private String authorEmail;

	@Column(nullable = false, updatable = false)
	private String note;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected HelpContactRevision() {
	}

	HelpContactRevision(Long contactId, int revisionNumber, String document, Long authorId, String authorEmail,
			String note, Instant createdAt) {
		this.contactId = contactId;
		this.revisionNumber = revisionNumber;
		this.document = document;
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.note = (note != null) ? note : "";
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	Long getContactId() {
		return this.contactId;
	}

	int getRevisionNumber() {
		return this.revisionNumber;
	}

	String getDocument() {
		return this.document;
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
