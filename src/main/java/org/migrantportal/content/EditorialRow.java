package org.migrantportal.content;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/** One translation in the editors' list. */
public record EditorialRow(Long pageId, String locale, String title, String topicTitle, CountryScope country,
		TranslationState state, boolean live, boolean awaitingNativeReview, Instant updatedAt) {
}
