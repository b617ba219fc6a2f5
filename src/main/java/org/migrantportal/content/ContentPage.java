package org.migrantportal.content;

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

import org.migrantportal.shared.CountryScope;

/**
 * An information article under a topic: the language-neutral root row of its
 * translations.
 */
@Entity
@Table(name = "content_page")
class ContentPage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_key", nullable = false, updatable = false)
	private String contentKey;

	@Column(name = "topic_id", nullable = false)
	private Long topicId;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Column(nullable = false)
	private int position;

	@Column(name = "source_locale", nullable = false)
	private String sourceLocale;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected ContentPage() {
	}

	ContentPage(String contentKey, Long topicId, CountryScope countryScope, int position, String sourceLocale,
			Instant now) {
		this.contentKey = contentKey;
		this.topicId = topicId;
		this.countryScope = countryScope;
		this.position = position;
		this.sourceLocale = sourceLocale;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getContentKey() {
		return this.contentKey;
	}

	Long getTopicId() {
		return this.topicId;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	int getPosition() {
		return this.position;
	}

	String getSourceLocale() {
		return this.sourceLocale;
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

}
