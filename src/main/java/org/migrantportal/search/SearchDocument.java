package org.migrantportal.search;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * One language of one published page, news item or service, as the index holds it.
 *
 * @param subjectId the page's, news item's or listing's id
 * @param publishedAt when it was published, or null (services)
 */
public record SearchDocument(SearchType type, Long subjectId, String locale, CountryScope country, String title,
		String summary, String body, String path, Instant publishedAt) {

	/** The document's key in the index: one per type, subject and language. */
	String key() {
		return subject() + ":" + this.locale;
	}

	/** The key of every language of the same subject. */
	String subject() {
		return this.type.name() + ":" + this.subjectId;
	}

	/** The text that is searched: title, summary and body. */
	String allText() {
		return this.title + "\n" + this.summary + "\n" + this.body;
	}

}
