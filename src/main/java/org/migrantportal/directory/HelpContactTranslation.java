package org.migrantportal.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A help contact's name, description and address in one locale. */
@Entity
@Table(name = "help_contact_translation")
class HelpContactTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "contact_id", nullable = false, updatable = false)
	private Long contactId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	private String address;

	@Column(name = "awaiting_native_review", nullable = false)
	private boolean awaitingNativeReview;

	@Column(name = "translated_from")
	private String translatedFrom;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected HelpContactTranslation() {
	}

	HelpContactTranslation(Long contactId, String locale, String name, String description, String address,
			boolean awaitingNativeReview, String translatedFrom, Instant now) {
		this.contactId = contactId;
		this.locale = locale;
		this.name = name;
		this.description = (description != null) ? description : "";
		this.address = address;
		this.awaitingNativeReview = awaitingNativeReview;
		this.translatedFrom = translatedFrom;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getContactId() {
		return this.contactId;
	}

	String getLocale() {
		return this.locale;
	}

	String getName() {
		return this.name;
	}

	String getDescription() {
		return this.description;
	}

	String getAddress() {
		return this.address;
	}

	boolean isAwaitingNativeReview() {
		return this.awaitingNativeReview;
	}

}
