package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The fields every language-neutral content row shares (topics, pages, news): the stable
 * key the initial content names it by, its order, the language its source text is written
 * in, its own version, and the soft delete that moves it to the trash.
 */
@MappedSuperclass
abstract class ContentRoot {

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

	@Column(name = "deleted_by")
	private String deletedBy;

	protected ContentRoot() {
	}

	protected ContentRoot(String contentKey, int position, String sourceLocale, Instant now) {
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

	Instant getDeletedAt() {
		return this.deletedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	void touch(Instant now) {
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
		this.updatedAt = now;
	}

}
