package org.migrantportal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.MarkdownRenderer;
import org.migrantportal.shared.WordDiff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revisions of a translation: every save is one, shown, compared word by word, and
 * restored as a new draft revision.
 */
@Service
@Transactional
public class ContentHistory {

	private final ContentAccess access;

	private final TranslationRevisions revisions;

	private final TranslationRevisionRepository revisionRepository;

	private final ContentEditingService editing;

	private final ContentMedia media;

	ContentHistory(ContentAccess access, TranslationRevisions revisions,
			TranslationRevisionRepository revisionRepository, ContentEditingService editing, ContentMedia media) {
		this.media = media;
		this.access = access;
		this.revisions = revisions;
		this.revisionRepository = revisionRepository;
		this.editing = editing;
	}

	@Transactional(readOnly = true)
	public List<RevisionSummary> listRevisions(Actor actor, ContentKind kind, Long id, String locale) {
		return revisionsOf(actor, this.access.stores().of(kind), id, locale);
	}

	private <T extends TranslatedText> List<RevisionSummary> revisionsOf(Actor actor, TranslationStore<T> store,
			Long id, String locale) {
		T translation = this.access.translationInScope(actor, store, id, locale);
		return this.revisions.list(store.kind().subjectType(), translation)
			.stream()
			.map((revision) -> summary(translation, revision))
			.toList();
	}

	@Transactional(readOnly = true)
	public RevisionView getRevision(Actor actor, ContentKind kind, Long id, String locale, Long revisionId) {
		return revisionView(actor, this.access.stores().of(kind), id, locale, revisionId);
	}

	private <T extends TranslatedText> RevisionView revisionView(Actor actor, TranslationStore<T> store, Long id,
			String locale, Long revisionId) {
		T translation = this.access.translationInScope(actor, store, id, locale);
		TranslationRevision revision = revisionOf(store, translation, revisionId);
		return new RevisionView(summary(translation, revision), textOf(revision),
				this.media.bodyHtml(MarkdownRenderer.toSafeHtml(revision.getBodyMarkdown()), translation.getLocale()));
	}

	/** The word-level differences of title, summary and body between two revisions. */
	@Transactional(readOnly = true)
	public Map<String, List<WordDiff.Segment>> compareRevisions(Actor actor, ContentKind kind, Long id, String locale,
			Long fromId, Long toId) {
		TranslationRevision from = revisionOf(actor, this.access.stores().of(kind), id, locale, fromId);
		TranslationRevision to = revisionOf(actor, this.access.stores().of(kind), id, locale, toId);
		Map<String, List<WordDiff.Segment>> differences = new LinkedHashMap<>();
		differences.put("title", WordDiff.compare(from.getTitle(), to.getTitle()));
		differences.put("summary", WordDiff.compare(from.getSummary(), to.getSummary()));
		differences.put("body", WordDiff.compare(from.getBodyMarkdown(), to.getBodyMarkdown()));
		return differences;
	}

	/** Makes an old revision's text the working copy again, as a new revision. */
	public long restoreRevision(Actor actor, ContentKind kind, Long id, String locale, Long revisionId,
			long loadedVersion) {
		TranslationRevision revision = revisionOf(actor, this.access.stores().of(kind), id, locale, revisionId);
		return this.editing.saveTranslation(
				actor, kind, id, locale, new TranslationDraft(revision.getTitle(), revision.getSlug(),
						revision.getSummary(), revision.getBodyMarkdown(), "#" + revision.getRevisionNumber(), false),
				loadedVersion);
	}

	private <T extends TranslatedText> TranslationRevision revisionOf(Actor actor, TranslationStore<T> store, Long id,
			String locale, Long revisionId) {
		return revisionOf(store, this.access.translationInScope(actor, store, id, locale), revisionId);
	}

	private <T extends TranslatedText> TranslationRevision revisionOf(TranslationStore<T> store, T translation,
			Long revisionId) {
		return this.revisionRepository.findById(revisionId)
			.filter((revision) -> revision.getTranslationId().equals(translation.getId())
					&& revision.getSubjectType() == store.kind().subjectType())
			.orElseThrow(ContentNotFoundException::page);
	}

	private static RevisionSummary summary(TranslatedText translation, TranslationRevision revision) {
		return new RevisionSummary(revision.getId(), revision.getRevisionNumber(), revision.getCreatedAt(),
				revision.getAuthorEmail(), revision.getNote(), revision.isMinorChange(),
				revision.getId().equals(translation.getPublishedRevisionId()));
	}

	private static TranslationDraft textOf(TranslationRevision revision) {
		return new TranslationDraft(revision.getTitle(), revision.getSlug(), revision.getSummary(),
				revision.getBodyMarkdown(), revision.getNote(), revision.isMinorChange());
	}

}
