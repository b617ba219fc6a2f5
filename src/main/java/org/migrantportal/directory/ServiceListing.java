package org.migrantportal.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.CountryScope;

/**
 * A service in the referral directory: the language-neutral root row. Its columns hold
 * the published facts (written only when a revision is published) and where the editorial
 * work stands: the latest saved revision, the published one, and the review state.
 */
@Entity
@Table(name = "service_listing")
class ServiceListing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "hsds_id", nullable = false, updatable = false)
	private UUID hsdsId;

	@Column(name = "content_key", updatable = false)
	private String contentKey;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceStatus status;

	@Column(name = "free_of_charge", nullable = false)
	private boolean freeOfCharge;

	private String email;

	private String url;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@Column(name = "last_verified_on")
	private LocalDate lastVerifiedOn;

	@Column(name = "last_verified_by")
	private String lastVerifiedBy;

	@Column(name = "source_locale", nullable = false)
	private String sourceLocale;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_state", nullable = false)
	private ListingReviewState reviewState;

	@Column(name = "working_revision_id")
	private Long workingRevisionId;

	@Column(name = "published_revision_id")
	private Long publishedRevisionId;

	@Column(name = "last_editor_id")
	private Long lastEditorId;

	@Column(name = "sent_back_reason")
	private String sentBackReason;

	@Column(name = "sent_back_by")
	private String sentBackBy;

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

	protected ServiceListing() {
	}

	/** A new listing, not public until a revision of it is published. */
	ServiceListing(String contentKey, ServiceListingDocument document, Instant now) {
		this.hsdsId = document.hsdsId();
		this.contentKey = contentKey;
		this.reviewState = ListingReviewState.DRAFT;
		this.createdAt = now;
		copyFacts(document, now);
	}

	/** Takes the language-neutral facts of a document being published. */
	void copyFacts(ServiceListingDocument document, Instant now) {
		this.organizationId = document.organizationId();
		this.countryScope = document.country();
		this.status = document.status();
		this.freeOfCharge = document.freeOfCharge();
		this.email = document.email();
		this.url = document.url();
		this.timeZone = document.timeZone();
		this.sourceLocale = document.sourceLocale();
		this.updatedAt = now;
	}

	/** A revision was saved as the new working copy, by an editor. */
	void saved(Long revisionId, Long editorId, Instant now) {
		this.workingRevisionId = revisionId;
		this.lastEditorId = editorId;
		this.reviewState = ListingReviewState.DRAFT;
		this.updatedAt = now;
	}

	void submitted(Instant now) {
		this.reviewState = ListingReviewState.IN_REVIEW;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.updatedAt = now;
	}

	/** A reviewer sent the submitted revision back to its editors, saying why. */
	void sentBack(String reason, String by, Instant now) {
		this.reviewState = ListingReviewState.DRAFT;
		this.sentBackReason = reason;
		this.sentBackBy = by;
		this.updatedAt = now;
	}

	String getSentBackReason() {
		return this.sentBackReason;
	}

	String getSentBackBy() {
		return this.sentBackBy;
	}

	/** Where the working copy stands, in the words every editable kind shares. */
	WorkflowState workflowState() {
		return switch (this.reviewState) {
			case DRAFT -> WorkflowState.DRAFT;
			case IN_REVIEW -> WorkflowState.IN_REVIEW;
			case PUBLISHED -> this.isPublished() ? WorkflowState.PUBLISHED : WorkflowState.UNPUBLISHED;
		};
	}

	/** The working copy became the published one. */
	void published(Instant now) {
		this.publishedRevisionId = this.workingRevisionId;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.reviewState = ListingReviewState.PUBLISHED;
		this.updatedAt = now;
	}

	void unpublished(Instant now) {
		this.publishedRevisionId = null;
		this.reviewState = ListingReviewState.DRAFT;
		this.updatedAt = now;
	}

	void verified(LocalDate on, String by, Instant now) {
		this.lastVerifiedOn = on;
		this.lastVerifiedBy = by;
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

	Long getId() {
		return this.id;
	}

	UUID getHsdsId() {
		return this.hsdsId;
	}

	String getContentKey() {
		return this.contentKey;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	ServiceStatus getStatus() {
		return this.status;
	}

	boolean isFreeOfCharge() {
		return this.freeOfCharge;
	}

	String getEmail() {
		return this.email;
	}

	String getUrl() {
		return this.url;
	}

	String getTimeZone() {
		return this.timeZone;
	}

	LocalDate getLastVerifiedOn() {
		return this.lastVerifiedOn;
	}

	String getLastVerifiedBy() {
		return this.lastVerifiedBy;
	}

	String getSourceLocale() {
		return this.sourceLocale;
	}

	ListingReviewState getReviewState() {
		return this.reviewState;
	}

	Long getWorkingRevisionId() {
		return this.workingRevisionId;
	}

	Long getPublishedRevisionId() {
		return this.publishedRevisionId;
	}

	boolean isPublished() {
		return this.publishedRevisionId != null;
	}

	Long getLastEditorId() {
		return this.lastEditorId;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getDeletedAt() {
		return this.deletedAt;
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

}
