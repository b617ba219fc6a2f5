package org.migrantportal.shared;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rule every slug in a URL follows: lower-case ASCII letters and digits in words
 * joined by single hyphens, at most 120 characters. Slugs are per locale; Georgian and
 * Armenian titles are romanised ({@link Romanisation}).
 */
public final class Slugs {

	public static final int MAX_LENGTH = 120;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	// apostrophes join a word ("migrant's" is one word), they do not split it
	private static final Pattern APOSTROPHES = Pattern.compile("['`\u00B4\u02BB\u02BC\u2018\u2019]");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	// Latin letters that are not a base letter with a mark, so no decomposition folds
	// them
	private static final Map<Character, String> LETTERS = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'đ', "d",
			'ð', "d", 'þ', "th", 'ł', "l", 'ı', "i");

	private Slugs() {
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
	}

	/**
	 * The slug proposed for a title: Georgian and Armenian romanised, Latin letters
	 * without their diacritics, everything else (other scripts, emoji, punctuation) a
	 * word break; a title longer than a slug may be is cut at a word boundary. Empty when
	 * nothing is left.
	 */
	public static String fromTitle(String title) {
		if (title == null) {
			return "";
		}
		String latin = Romanisation.romanise(APOSTROPHES.matcher(title).replaceAll(""));
		String folded = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("");
		StringBuilder slug = new StringBuilder(folded.length());
		boolean gap = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			String letters = LETTERS.getOrDefault(c,
					((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) ? String.valueOf(c) : null);
			if (letters == null) {
				gap = true;
				continue;
			}
			if (gap && !slug.isEmpty()) {
				slug.append('-');
			}
			gap = false;
			slug.append(letters);
		}
		return cut(slug.toString());
	}

	/**
	 * The slug an editor typed, or when they left it blank the one proposed from the
	 * title.
	 */
	public static String orFromTitle(String slug, String title) {
		return (slug == null || slug.isBlank()) ? fromTitle(title) : slug;
	}

	private static String cut(String slug) {
		if (slug.length() <= MAX_LENGTH) {
			return slug;
		}
		int boundary = slug.lastIndexOf('-', MAX_LENGTH);
		return (boundary > 0) ? slug.substring(0, boundary) : slug.substring(0, MAX_LENGTH);
	}

}
