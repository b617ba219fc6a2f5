package org.migrantportal.content;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/** One translation in the editors' lists; {@code id} is the page's or the topic's. */
public record EditorialRow(Long id, String locale, String title, String topicTitle, CountryScope country,
		TranslationState state, boolean live, boolean awaitingNativeReview, Instant updatedAt) {
}
