package org.migrantportal.content;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Knows when a translation is out of date: its source text has been published again, with
 * a change not marked minor, since the source revision the translation was made from.
 */
@Component
class OutdatedTranslations {

	private final TranslationRevisionRepository revisions;

	OutdatedTranslations(TranslationRevisionRepository revisions) {
		this.revisions = revisions;
	}

	/**
	 * When the source changed after this translation was made, if it did.
	 * @param source the translation in the source language, or null when this is the
	 * source
	 */
	Optional<Instant> outdatedSince(TranslationRevision.SubjectType type, TranslatedText translation,
			TranslatedText source) {
		if (source == null || source == translation || translation.getSourceRevisionId() == null
				|| source.getPublishedRevisionId() == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.revisions.latestMajorChangeBetween(type, source.getId(),
				translation.getSourceRevisionId(), source.getPublishedRevisionId()));
	}

}
