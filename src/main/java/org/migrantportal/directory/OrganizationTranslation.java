package org.migrantportal.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organization's name in one locale. */
@Entity
@Table(name = "organization_translation")
class OrganizationTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false)
	private String name;

	private String slug;

	@Column(nullable = false)
	private String description;

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

	protected OrganizationTranslation() {
	}

	OrganizationTranslation(Long organizationId, String locale, String slug, String name, String description,
			boolean awaitingNativeReview, String translatedFrom, Instant now) {
		this.organizationId = organizationId;
		this.locale = locale;
		this.slug = slug;
		this.name = name;
		this.description = (description != null) ? description : "";
		this.awaitingNativeReview = awaitingNativeReview;
		this.translatedFrom = translatedFrom;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	String getLocale() {
		return this.locale;
	}

	String getName() {
		return this.name;
	}

	/** Gives a description to a translation that has none yet; never overwrites one. */
	boolean describeIfBlank(String text, Instant now) {
		if (text == null || text.isBlank() || !this.description.isBlank()) {
			return false;
		}
		this.description = text;
		this.updatedAt = now;
		return true;
	}

	String getSlug() {
		return this.slug;
	}

	String getDescription() {
		return this.description;
	}

	boolean isAwaitingNativeReview() {
		return this.awaitingNativeReview;
	}

	String getTranslatedFrom() {
		return this.translatedFrom;
	}

}
