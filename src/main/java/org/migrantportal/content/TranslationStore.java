package org.migrantportal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.migrantportal.shared.CountryScope;

/**
 * How the editorial workflow reaches the rows of one kind of content (pages, topics,
 * news): the one place that differs between them, so drafts, review, publishing,
 * schedules and revisions are one mechanism for all.
 */
interface TranslationStore<T extends TranslatedText> {

	ContentKind kind();

	/**
	 * The facts of a root row that scope checks and screens need, if it exists and is not
	 * in the trash.
	 */
	default Optional<RootFacts> findRoot(Long rootId) {
		return findAnyRoot(rootId).filter((root) -> !root.entity().isDeleted());
	}

	/** The facts of a root row, in the trash or not. */
	Optional<RootFacts> findAnyRoot(Long rootId);

	/** Every root row not in the trash ({@code false}) or in it ({@code true}). */
	List<RootFacts> roots(boolean inTrash);

	/** Every translation of these root rows. */
	List<T> translationsOf(Collection<Long> rootIds);

	/**
	 * Deletes a root row for good, with the translations given (their revisions are
	 * already gone).
	 */
	void purge(RootFacts root, List<T> translations);

	Optional<T> find(Long rootId, String locale);

	T create(Long rootId, String locale, TranslationDraft draft, Instant now);

	/** Translations that use this slug as their working or their published slug. */
	List<T> slugHolders(String slug);

	List<T> dueToPublish(Instant now);

	List<T> dueToUnpublish(Instant now);

	Long rootId(T translation);

	void flush();

	/**
	 * A root row as the workflow sees it.
	 *
	 * @param country the country it is about ({@code BOTH} for topics, which serve all)
	 * @param organizationId the organization that maintains it, or null for IOM
	 * @param entity the managed root row itself, to move it to the trash and back
	 */
	record RootFacts(Long id, CountryScope country, Long organizationId, String sourceLocale, Long topicId,
			ContentRoot entity) {
	}

}
