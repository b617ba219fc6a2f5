package org.migrantportal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Records a revision of a translation each time one is saved, numbered per translation.
 */
@Component
class TranslationRevisions {

	private final TranslationRevisionRepository revisions;

	private final Clock clock;

	TranslationRevisions(TranslationRevisionRepository revisions, Clock clock) {
		this.revisions = revisions;
		this.clock = clock;
	}

	TranslationRevision record(TranslationRevision.SubjectType type, TranslatedText translation, Long authorId,
			String authorEmail, String note, boolean minorChange) {
		int next = this.revisions.lastRevisionNumber(type, translation.getId()) + 1;
		return this.revisions.save(new TranslationRevision(type, translation, next, authorId, authorEmail, note,
				minorChange, this.clock.instant()));
	}

	/**
	 * Records the revision of a translation the initial import added, dated by its source
	 * ({@code null} when the source gives no date).
	 */
	TranslationRevision recordImported(TranslationRevision.SubjectType type, TranslatedText translation, String note,
			Instant sourceDate) {
		int next = this.revisions.lastRevisionNumber(type, translation.getId()) + 1;
		return this.revisions
			.save(new TranslationRevision(type, translation, next, null, null, note, false, this.clock.instant())
				.datedBySource(sourceDate));
	}

	/** When the published text of a translation last changed, when that is known. */
	Optional<Instant> publishedTextChangedAt(TranslatedText translation) {
		return Optional.ofNullable(translation.getPublishedRevisionId())
			.flatMap(this.revisions::findById)
			.flatMap(TranslationRevision::getTextChangedAt);
	}

	List<TranslationRevision> list(TranslationRevision.SubjectType type, TranslatedText translation) {
		return this.revisions.findBySubjectTypeAndTranslationIdOrderByRevisionNumberDesc(type, translation.getId());
	}

	Optional<TranslationRevision> latest(TranslationRevision.SubjectType type, TranslatedText translation) {
		return this.revisions.findFirstBySubjectTypeAndTranslationIdOrderByRevisionNumberDesc(type,
				translation.getId());
	}

}
