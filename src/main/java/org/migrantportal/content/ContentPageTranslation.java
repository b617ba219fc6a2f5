package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A page's title, slug, summary and Markdown body in one locale. */
@Entity
@Table(name = "content_page_translation")
class ContentPageTranslation extends TranslatedText {

	@Column(name = "page_id", nullable = false, updatable = false)
	private Long pageId;

	protected ContentPageTranslation() {
	}

	ContentPageTranslation(Long pageId, String locale, String title, String slug, String summary, String bodyMarkdown,
			Instant now) {
		super(locale, title, slug, summary, bodyMarkdown, now);
		this.pageId = pageId;
	}

	Long getPageId() {
		return this.pageId;
	}

}
