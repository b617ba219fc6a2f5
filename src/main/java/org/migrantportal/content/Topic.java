package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A thematic area (labour migration, counter-trafficking...): the language-neutral root
 * row.
 */
@Entity
@Table(name = "topic")
class Topic extends ContentRoot {

	protected Topic() {
	}

	Topic(String contentKey, int position, String sourceLocale, Instant now) {
		super(contentKey, position, sourceLocale, now);
	}

}
