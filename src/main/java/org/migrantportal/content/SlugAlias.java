package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A slug a topic or page was published under before it was renamed; it answers with a
 * 301.
 */
@Entity
@Table(name = "slug_alias")
class SlugAlias {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "subject_type", nullable = false, updatable = false)
	private String subjectType;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private Long subjectId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected SlugAlias() {
	}

	SlugAlias(TranslationRevision.SubjectType subjectType, Long subjectId, String locale, String slug, Instant now) {
		this.subjectType = subjectType.name();
		this.subjectId = subjectId;
		this.locale = locale;
		this.slug = slug;
		this.createdAt = now;
	}

	Long getSubjectId() {
		return this.subjectId;
	}

}
