package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A news item's title, slug, summary and Markdown body in one locale. */
@Entity
@Table(name = "news_item_translation")
class NewsItemTranslation extends TranslatedText {

	@Column(name = "news_item_id", nullable = false, updatable = false)
	private Long newsItemId;

	protected NewsItemTranslation() {
	}

	NewsItemTranslation(Long newsItemId, String locale, String title, String slug, String summary, String bodyMarkdown,
			Instant now) {
		super(locale, title, slug, summary, bodyMarkdown, now);
		this.newsItemId = newsItemId;
	}

	Long getNewsItemId() {
		return this.newsItemId;
	}

}
