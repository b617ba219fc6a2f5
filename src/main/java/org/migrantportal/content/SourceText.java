package org.migrantportal.content;

import java.util.List;

import org.migrantportal.shared.WordDiff;

/**
 * The source-language text a translator works from, shown beside the translation.
 *
 * @param revisionId the source revision shown; saving the translation records it as the
 * one the translation was made from
 * @param outdated whether the source changed (not just a minor fix) since the translation
 * was made
 * @param changes what changed in the source since then, paragraph by paragraph, or empty
 */
public record SourceText(String locale, String title, String summary, String bodyMarkdown, Long revisionId,
		boolean outdated, List<WordDiff.Segment> changes) {
}
