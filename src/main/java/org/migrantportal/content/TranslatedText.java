package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.MarkdownRenderer;

/**
 * The fields every translation row shares (topics, pages, later news): the text in one
 * locale, its Markdown and the safe HTML rendered from it, its workflow state and its own
 * version.
 */
@MappedSuperclass
abstract class TranslatedText {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String locale;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private String summary = "";

	@Column(name = "body_markdown", nullable = false)
	private String bodyMarkdown = "";

	@Column(name = "body_html", nullable = false)
	private String bodyHtml = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TranslationState state = TranslationState.DRAFT;

	@Column(name = "awaiting_native_review", nullable = false)
	private boolean awaitingNativeReview;

	@Column(name = "sent_back_reason")
	private String sentBackReason;

	@Column(name = "sent_back_by")
	private String sentBackBy;

	@Column(name = "translated_from")
	private String translatedFrom;

	@Column(name = "source_revision_id")
	private Long sourceRevisionId;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_title")
	private String publishedTitle;

	@Column(name = "published_slug")
	private String publishedSlug;

	@Column(name = "published_summary")
	private String publishedSummary;

	@Column(name = "published_body_html")
	private String publishedBodyHtml;

	@Column(name = "published_revision_id")
	private Long publishedRevisionId;

	@Column(name = "last_editor_id")
	private Long lastEditorId;

	@Column(name = "publish_at")
	private Instant publishAt;

	@Column(name = "unpublish_at")
	private Instant unpublishAt;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected TranslatedText() {
	}

	protected TranslatedText(String locale, String title, String slug, String summary, String bodyMarkdown,
			Instant now) {
		this.locale = locale;
		this.createdAt = now;
		updateText(title, slug, summary, bodyMarkdown, now);
	}

	/**
	 * Replaces the text; the Markdown is rendered and sanitised now, once, not on every
	 * view.
	 */
	void updateText(String title, String slug, String summary, String bodyMarkdown, Instant now) {
		this.title = title;
		this.slug = slug;
		this.summary = (summary != null) ? summary : "";
		this.bodyMarkdown = (bodyMarkdown != null) ? bodyMarkdown : "";
		this.bodyHtml = MarkdownRenderer.toSafeHtml(this.bodyMarkdown);
		this.updatedAt = now;
	}

	/**
	 * An editor saved a new working copy: it is a draft again, the published copy stays
	 * online.
	 */
	void saveDraft(String title, String slug, String summary, String bodyMarkdown, Long editorId, Instant now) {
		updateText(title, slug, summary, bodyMarkdown, now);
		this.state = TranslationState.DRAFT;
		this.lastEditorId = editorId;
	}

	void submitForReview(Instant now) {
		this.state = TranslationState.IN_REVIEW;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.updatedAt = now;
	}

	/** A reviewer returned the text to its editor, with the reason the editor sees. */
	void sendBack(String reason, String by, Instant now) {
		this.state = TranslationState.DRAFT;
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
		return switch (this.state) {
			case DRAFT -> WorkflowState.DRAFT;
			case IN_REVIEW -> WorkflowState.IN_REVIEW;
			case PUBLISHED -> WorkflowState.PUBLISHED;
			case ARCHIVED -> WorkflowState.UNPUBLISHED;
		};
	}

	/** The working copy becomes what the public reads. */
	void publish(Long revisionId, Instant now) {
		this.state = TranslationState.PUBLISHED;
		this.publishedTitle = this.title;
		this.publishedSlug = this.slug;
		this.publishedSummary = this.summary;
		this.publishedBodyHtml = this.bodyHtml;
		this.publishedRevisionId = revisionId;
		this.publishedAt = now;
		this.publishAt = null;
		this.sentBackReason = null;
		this.sentBackBy = null;
		this.updatedAt = now;
	}

	/** Takes the translation off the public site; its text stays for the editors. */
	void unpublish(Instant now) {
		this.state = TranslationState.ARCHIVED;
		this.publishedTitle = null;
		this.publishedSlug = null;
		this.publishedSummary = null;
		this.publishedBodyHtml = null;
		this.publishedRevisionId = null;
		this.unpublishAt = null;
		this.updatedAt = now;
	}

	void schedule(Instant publishAt, Instant unpublishAt, Instant now) {
		this.publishAt = publishAt;
		this.unpublishAt = unpublishAt;
		this.updatedAt = now;
	}

	void setAwaitingNativeReview(boolean awaiting, Instant now) {
		this.awaitingNativeReview = awaiting;
		this.updatedAt = now;
	}

	boolean isLive() {
		return this.publishedTitle != null;
	}

	void markTranslated(String fromLocale, Long sourceRevisionId, boolean awaitingNativeReview) {
		this.translatedFrom = fromLocale;
		this.sourceRevisionId = sourceRevisionId;
		this.awaitingNativeReview = awaitingNativeReview;
	}

	Long getId() {
		return this.id;
	}

	String getLocale() {
		return this.locale;
	}

	String getTitle() {
		return this.title;
	}

	String getSlug() {
		return this.slug;
	}

	String getSummary() {
		return this.summary;
	}

	String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	TranslationState getState() {
		return this.state;
	}

	boolean isPublished() {
		return this.state == TranslationState.PUBLISHED;
	}

	boolean isAwaitingNativeReview() {
		return this.awaitingNativeReview;
	}

	String getTranslatedFrom() {
		return this.translatedFrom;
	}

	Long getSourceRevisionId() {
		return this.sourceRevisionId;
	}

	Instant getPublishedAt() {
		return this.publishedAt;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	String getPublishedTitle() {
		return this.publishedTitle;
	}

	String getPublishedSlug() {
		return this.publishedSlug;
	}

	String getPublishedSummary() {
		return this.publishedSummary;
	}

	String getPublishedBodyHtml() {
		return this.publishedBodyHtml;
	}

	Long getPublishedRevisionId() {
		return this.publishedRevisionId;
	}

	Long getLastEditorId() {
		return this.lastEditorId;
	}

	Instant getPublishAt() {
		return this.publishAt;
	}

	Instant getUnpublishAt() {
		return this.unpublishAt;
	}

}
