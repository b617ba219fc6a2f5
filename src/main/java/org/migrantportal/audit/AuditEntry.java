package org.migrantportal.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One thing that happened. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Column(name = "actor_email", updatable = false)
	private String actorEmail;

	@Column(nullable = false, updatable = false)
	private String action;

	@Column(name = "subject_type", nullable = false, updatable = false)
	private String subjectType;

	@Column(name = "subject_id", updatable = false)
	private Long subjectId;

	@Column(nullable = false, updatable = false)
	private String summary;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, Long actorId, String actorEmail, String action, String subjectType, Long subjectId,
			String summary) {
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.actorEmail = actorEmail;
		this.action = action;
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.summary = (summary != null && summary.length() > 2000) ? summary.substring(0, 2000)
				: (summary != null) ? summary : "";
	}

	AuditEntryView toView() {
		return new AuditEntryView(this.id, this.occurredAt, this.actorId, this.actorEmail, this.action,
				this.subjectType, this.subjectId, this.summary);
	}

}
