package org.migrantportal.content;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * A translation as the editor opens it: the working copy, its version for conflict
 * detection, its state, whether a published copy is online, and its schedule.
 *
 * @param id the id of the page or topic
 * @param exists whether the translation exists yet (else the form creates it)
 * @param source the source-language text to translate from, or null for the source itself
 */
public record EditableTranslation(ContentKind kind, Long id, String locale, boolean exists, TranslationDraft draft,
		long version, TranslationState state, boolean live, String liveSlug, Instant publishAt, Instant unpublishAt,
		CountryScope country, Long organizationId, String topicTitle, boolean awaitingNativeReview, SourceText source) {
}
