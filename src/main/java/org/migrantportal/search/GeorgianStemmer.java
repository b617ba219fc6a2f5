package org.migrantportal.search;

import java.util.Comparator;
import java.util.List;

/**
 * A light normaliser for Georgian word forms; no stemmer for Georgian exists in Lucene or
 * Snowball. It removes what nouns and adjectives take at the end: postpositions (-ში,
 * -ზე, -თან, -თვის, -დან, -მდე, -გან, -ვით), the case endings (-ი, -მა, -ს, -ის, -ით,
 * -ად, -ო) and the plural (-ებ-, old -ნ-/-თ-), then a final vowel of the stem, so that
 * მიგრანტი, მიგრანტის, მიგრანტები, მიგრანტებისთვის and მიგრანტთა all become მიგრანტ. It
 * leaves at least three letters and treats unknown words the same way, trading some
 * precision for the recall that matters when people search in their own words.
 */
public final class GeorgianStemmer {

	private static final int MIN_STEM = 3;

	/** Postpositions and compound endings, longest first. */
	private static final List<String> POSTPOSITIONS = sortedLongestFirst(List.of("ისთვის", "სთვის", "თვის", "ისგან",
			"სგან", "იდან", "დან", "ამდე", "მდე", "ივით", "ვით", "ისკენ", "სკენ", "კენ", "ში", "ზე", "თან", "ზედ"));

	/** Case endings (after the plural), longest first. */
	private static final List<String> CASES = sortedLongestFirst(List.of("ებმა", "ებით", "ების", "ებად", "ებო", "ებს",
			"ები", "ებ", "თა", "ნი", "ნის", "მა", "ის", "ით", "ად", "ს", "მ", "თ", "დ", "ო", "ი"));

	/** The endings of two letters or more, for the second round. */
	private static final List<String> LONG_CASES = CASES.stream().filter((ending) -> ending.length() >= 2).toList();

	private GeorgianStemmer() {
	}

	/** The normalised form of one lower-case Georgian word. */
	public static String stem(String word) {
		String stem = strip(word, POSTPOSITIONS);
		stem = tidy(strip(stem, CASES));
		// adjectives in -ითი and the like: a second, longer ending (შრომითი → შრომ)
		return tidy(strip(stem, LONG_CASES));
	}

	/**
	 * Drops the final vowels of a stem (მიგრაცია, მიგრაციის → მიგრაც) and a final -ებ,
	 * which is the plural or part of nouns in -ება: both lose it the same way
	 * (ხელშეკრულება, ხელშეკრულებით → ხელშეკრულ).
	 */
	private static String tidy(String stem) {
		String tidy = stem;
		while (tidy.length() > MIN_STEM && "აეიოუ".indexOf(tidy.charAt(tidy.length() - 1)) >= 0) {
			tidy = tidy.substring(0, tidy.length() - 1);
		}
		if (tidy.endsWith("ებ") && tidy.length() - 2 >= MIN_STEM) {
			tidy = tidy.substring(0, tidy.length() - 2);
		}
		return tidy;
	}

	private static String strip(String word, List<String> endings) {
		for (String ending : endings) {
			if (word.endsWith(ending) && word.length() - ending.length() >= MIN_STEM) {
				return word.substring(0, word.length() - ending.length());
			}
		}
		return word;
	}

	private static List<String> sortedLongestFirst(List<String> endings) {
		return endings.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

}
