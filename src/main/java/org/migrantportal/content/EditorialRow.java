package org.migrantportal.content;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * One translation in the editors' lists; {@code id} is the root's (the page, topic or
 * news item).
 */
public record EditorialRow(ContentKind kind, Long id, String locale, String title, String topicTitle,
		CountryScope country, TranslationState state, boolean live, boolean awaitingNativeReview, Instant updatedAt) {
}
