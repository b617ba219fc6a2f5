package org.migrantportal.tools.joboffer;

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

/**
 * The language-neutral root of a job-offer check entry: its key, whether it is the
 * introduction or a question, its place in the list and whether it is switched on.
 */
@Entity
@Table(name = "job_offer_question")
class JobOfferQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_key", nullable = false, updatable = false)
	private String contentKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private QuestionPart part;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean enabled;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected JobOfferQuestion() {
	}

	JobOfferQuestion(String contentKey, QuestionPart part, int position, boolean enabled, Instant now) {
		this.contentKey = contentKey;
		this.part = part;
		this.position = position;
		this.enabled = enabled;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void arrange(int position, boolean enabled, Instant now) {
		this.position = position;
		this.enabled = enabled;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getContentKey() {
		return this.contentKey;
	}

	QuestionPart getPart() {
		return this.part;
	}

	int getPosition() {
		return this.position;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	long getVersion() {
		return this.version;
	}

}
