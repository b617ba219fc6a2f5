package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A topic's name, slug, summary and introduction in one locale. */
@Entity
@Table(name = "topic_translation")
class TopicTranslation extends TranslatedText {

	@Column(name = "topic_id", nullable = false, updatable = false)
	private Long topicId;

	protected TopicTranslation() {
	}

	TopicTranslation(Long topicId, String locale, String title, String slug, String summary, String bodyMarkdown,
			Instant now) {
		super(locale, title, slug, summary, bodyMarkdown, now);
		this.topicId = topicId;
	}

	Long getTopicId() {
		return this.topicId;
	}

}
