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

	@Column(name = "translated_from")
	private String translatedFrom;

	@Column(name = "source_revision_id")
	private Long sourceRevisionId;

	@Column(name = "published_at")
	private Instant publishedAt;

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

	void publish(Instant now) {
		this.state = TranslationState.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
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

}
