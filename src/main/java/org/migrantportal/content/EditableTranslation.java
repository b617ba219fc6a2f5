package org.migrantportal.content;

import java.time.Instant;
import java.util.Set;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.shared.CountryScope;

/**
 * A translation as the editor opens it: the working copy, its version for conflict
 * detection, its state, whether a published copy is online, and its schedule.
 *
 * @param id the id of the page or topic
 * @param exists whether the translation exists yet (else the form creates it)
 * @param source the source-language text to translate from, or null for the source itself
 * @param sentBackReason why a reviewer sent it back, until it is submitted again; else
 * null
 * @param sentBackBy who sent it back
 * @param actions what the person who opened it may do to it now: the buttons shown
 */
public record EditableTranslation(ContentKind kind, Long id, String locale, boolean exists, TranslationDraft draft,
		long version, TranslationState state, boolean live, String liveSlug, Instant publishAt, Instant unpublishAt,
		CountryScope country, Long organizationId, String topicTitle, boolean awaitingNativeReview, SourceText source,
		String sentBackReason, String sentBackBy, Set<EditorialAction> actions) {

	public EditableTranslation {
		actions = Set.copyOf(actions);
	}

	/** Whether the person may take this action now, by its name (for templates). */
	public boolean can(String action) {
		return this.actions.contains(EditorialAction.valueOf(action));
	}

}
