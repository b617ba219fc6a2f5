package org.migrantportal.content;

import org.migrantportal.shared.Slugs;

/**
 * The text of a translation as an editor writes it.
 *
 * @param note an optional note on what changed, kept with the revision
 * @param minorChange a typo fix that does not make the other languages outdated
 * @param basedOnSourceRevision for a translation: the source revision the translator
 * worked from, which brings it up to date; null leaves its source revision as it was
 */
public record TranslationDraft(String title, String slug, String summary, String bodyMarkdown, String note,
		boolean minorChange, Long basedOnSourceRevision) {

	public TranslationDraft(String title, String slug, String summary, String bodyMarkdown, String note,
			boolean minorChange) {
		this(title, slug, summary, bodyMarkdown, note, minorChange, null);
	}

	public static final int MAX_TITLE = 200;

	public static final int MAX_SUMMARY = 500;

	public static final int MAX_BODY = 100_000;

	public static final int MAX_NOTE = 500;

	/**
	 * The limits of a translation's fields, for forms: the same constants the rules
	 * check.
	 */
	public static final Limits LIMITS = new Limits(MAX_TITLE, Slugs.MAX_LENGTH, MAX_SUMMARY, MAX_BODY, MAX_NOTE);

	/** The longest each field of a translation may be. */
	public record Limits(int title, int slug, int summary, int body, int note) {
	}

}
