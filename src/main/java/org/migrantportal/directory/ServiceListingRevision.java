package org.migrantportal.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of a whole listing: its document as JSON, who saved it and why. */
@Entity
@Table(name = "service_listing_revision")
class ServiceListingRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "service_id", nullable = false, updatable = false)
	private Long serviceId;

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

	protected ServiceListingRevision() {
	}

	ServiceListingRevision(Long serviceId, int revisionNumber, String document, Long authorId, String authorEmail,
			String note, Instant now) {
		this.serviceId = serviceId;
		this.revisionNumber = revisionNumber;
		this.document = document;
		this.authorId = authorId;
		this.authorEmail = authorEmail;
		this.note = (note != null) ? note : "";
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getServiceId() {
		return this.serviceId;
	}

	int getRevisionNumber() {
		return this.revisionNumber;
	}

	String getDocument() {
		return this.document;
	}

	Long getAuthorId() {
		return this.authorId;
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
