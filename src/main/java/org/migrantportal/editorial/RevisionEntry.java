package org.migrantportal.editorial;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One saved revision as every kind's revision list shows it: who saved it when, with what
 * note, whether it is the working copy or the published one, and where to view it,
 * compare it with the revision before and restore it.
 *
 * @param viewPath where it is shown whole, or null
 * @param comparePath where it is compared with the revision before it, or null for the
 * first
 * @param restorePath where a POST makes it the working copy again, or null for the
 * working copy itself
 */
public record RevisionEntry(int number, Instant savedAt, String savedBy, String note, boolean working,
		boolean published, String viewPath, String comparePath, String restorePath) {

	/**
	 * The entries of revisions listed newest first; the first is the working copy.
	 * @param <R> a kind's revision summary
	 */
	public static <R> List<RevisionEntry> newestFirst(List<R> revisions, Function<R, Partial> facts,
			Function<R, String> viewPath, BiFunction<R, R, String> comparePath, Function<R, String> restorePath) {
		List<RevisionEntry> entries = new ArrayList<>();
		for (int i = 0; i < revisions.size(); i++) {
			R revision = revisions.get(i);
			Partial partial = facts.apply(revision);
			boolean working = partial.working() || (i == 0 && !partial.workingKnown());
			entries.add(new RevisionEntry(partial.number(), partial.savedAt(), partial.savedBy(), partial.note(),
					working, partial.published(), viewPath.apply(revision),
					(i + 1 < revisions.size()) ? comparePath.apply(revisions.get(i + 1), revision) : null,
					working ? null : restorePath.apply(revision)));
		}
		return entries;
	}

	/**
	 * What a kind's summary says of a revision.
	 *
	 * @param workingKnown whether the kind records which revision is the working copy
	 * (else it is the newest)
	 */
	public record Partial(int number, Instant savedAt, String savedBy, String note, boolean working,
			boolean workingKnown, boolean published) {
	}

}
