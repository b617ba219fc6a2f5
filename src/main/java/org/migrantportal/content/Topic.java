package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A thematic area (labour migration, counter-trafficking...): the language-neutral root
 * row.
 */
@Entity
@Table(name = "topic")
class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_key", nullable = false, updatable = false)
	private String contentKey;

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

	protected Topic() {
	}

	Topic(String contentKey, int position, String sourceLocale, Instant now) {
		this.contentKey = contentKey;
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
