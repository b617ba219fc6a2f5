package org.migrantportal.feedback;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One visitor's answer about one page or service: nothing about who sent it, only the
 * day.
 */
@Entity
@Table(name = "feedback")
class Feedback {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_kind", nullable = false, updatable = false)
	private FeedbackTargetKind targetKind;

	@Column(name = "target_id", nullable = false, updatable = false)
	private long targetId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false, updatable = false)
	private boolean useful;

	@Column
	private String comment;

	@Column(name = "received_on", nullable = false, updatable = false)
	private LocalDate receivedOn;

	protected Feedback() {
	}

	Feedback(FeedbackTargetKind targetKind, long targetId, String locale, boolean useful, String comment,
			LocalDate receivedOn) {
		this.targetKind = targetKind;
		this.targetId = targetId;
		this.locale = locale;
		this.useful = useful;
		this.comment = comment;
		this.receivedOn = receivedOn;
	}

	Long getId() {
		return this.id;
	}

	FeedbackTargetKind getTargetKind() {
		return this.targetKind;
	}

	long getTargetId() {
		return this.targetId;
	}

	String getLocale() {
		return this.locale;
	}

	String getComment() {
		return this.comment;
	}

	/** The visitor's answer stays; only the text goes. */
	void removeComment() {
		this.comment = null;
	}

}
