package org.migrantportal.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A rough Latin spelling that Georgian, Armenian and Latin text share, so that a word
 * typed in Latin letters (the national romanisation "shromiti migratsia" or chat style
 * "shromiti migracia", "trefikingi") meets the word in its own script (შრომითი მიგრაცია,
 * ტრეფიკინგი, միգրանտ). Letters that romanisations spell differently fall together: the
 * aspirated and ejective stops (თ/ტ → t, ქ/კ/ყ → k, ფ/პ → p, ც/წ → c, ჩ/ჭ → č), f and p,
 * c and ts, and the digraphs sh, ch, zh, kh, gh, dz, ts. It is for matching, never shown.
 */
public final class Skeleton {

	private static final Map<Character, String> GEORGIAN = Map.ofEntries(Map.entry('ა', "a"), Map.entry('ბ', "b"),
			Map.entry('გ', "g"), Map.entry('დ', "d"), Map.entry('ე', "e"), Map.entry('ვ', "v"), Map.entry('ზ', "z"),
			Map.entry('თ', "t"), Map.entry('ი', "i"), Map.entry('კ', "k"), Map.entry('ლ', "l"), Map.entry('მ', "m"),
			Map.entry('ნ', "n"), Map.entry('ო', "o"), Map.entry('პ', "p"), Map.entry('ჟ', "ž"), Map.entry('რ', "r"),
			Map.entry('ს', "s"), Map.entry('ტ', "t"), Map.entry('უ', "u"), Map.entry('ფ', "p"), Map.entry('ქ', "k"),
			Map.entry('ღ', "ɣ"), Map.entry('ყ', "k"), Map.entry('შ', "š"), Map.entry('ჩ', "č"), Map.entry('ც', "c"),
			Map.entry('ძ', "ʒ"), Map.entry('წ', "c"), Map.entry('ჭ', "č"), Map.entry('ხ', "x"), Map.entry('ჯ', "j"),
			Map.entry('ჰ', "h"));

	private static final Map<Character, String> ARMENIAN = Map.ofEntries(Map.entry('ա', "a"), Map.entry('բ', "b"),
			Map.entry('գ', "g"), Map.entry('դ', "d"), Map.entry('ե', "e"), Map.entry('զ', "z"), Map.entry('է', "e"),
			Map.entry('ը', "e"), Map.entry('թ', "t"), Map.entry('ժ', "ž"), Map.entry('ի', "i"), Map.entry('լ', "l"),
			Map.entry('խ', "x"), Map.entry('ծ', "c"), Map.entry('կ', "k"), Map.entry('հ', "h"), Map.entry('ձ', "ʒ"),
			Map.entry('ղ', "ɣ"), Map.entry('ճ', "č"), Map.entry('մ', "m"), Map.entry('յ', "y"), Map.entry('ն', "n"),
			Map.entry('շ', "š"), Map.entry('ո', "o"), Map.entry('չ', "č"), Map.entry('պ', "p"), Map.entry('ջ', "j"),
			Map.entry('ռ', "r"), Map.entry('ս', "s"), Map.entry('վ', "v"), Map.entry('տ', "t"), Map.entry('ր', "r"),
			Map.entry('ց', "c"), Map.entry('ւ', "v"), Map.entry('փ', "p"), Map.entry('ք', "k"), Map.entry('օ', "o"),
			Map.entry('ֆ', "p"), Map.entry('և', "ev"));

	private Skeleton() {
	}

	/**
	 * The skeleton of one word (already lower case or not), in any of the three scripts.
	 */
	public static String of(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length() + 4);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			String letter = GEORGIAN.get(c);
			if (letter == null) {
				letter = ARMENIAN.get(c);
			}
			if (letter != null) {
				// Armenian ու is one vowel, u
				if (c == 'ո' && i + 1 < lower.length() && lower.charAt(i + 1) == 'ւ') {
					out.append('u');
					i++;
					continue;
				}
				out.append(letter);
				continue;
			}
			i += latin(lower, i, out);
		}
		return out.toString();
	}

	/**
	 * Appends the skeleton of the Latin letter (or digraph) at {@code i}; returns how
	 * many extra characters it used.
	 */
	private static int latin(String text, int i, StringBuilder out) {
		char c = text.charAt(i);
		char next = (i + 1 < text.length()) ? text.charAt(i + 1) : 0;
		char afterNext = (i + 2 < text.length()) ? text.charAt(i + 2) : 0;
		if (c == 't' && next == 'c' && afterNext == 'h') {
			out.append('č');
			return 2;
		}
		if (next == 'h') {
			String digraph = switch (c) {
				case 's' -> "š";
				case 'c' -> "č";
				case 'z' -> "ž";
				case 'k' -> "x";
				case 'g' -> "ɣ";
				case 't', 'p' -> String.valueOf(c);
				default -> null;
			};
			if (digraph != null) {
				out.append(digraph);
				return 1;
			}
		}
		if (c == 't' && (next == 's' || next == 'z')) {
			out.append('c');
			return 1;
		}
		if (c == 'd' && next == 'z') {
			out.append('ʒ');
			return 1;
		}
		switch (c) {
			case 'f' -> out.append('p');
			case 'q', 'y' -> out.append(isVowelAfter(next) && c == 'y' ? "y" : "k");
			case 'w' -> out.append('c');
			case 'j' -> out.append('j');
			default -> {
				if (Character.isLetterOrDigit(c)) {
					out.append(stripAccent(c));
				}
			}
		}
		return 0;
	}

	private static boolean isVowelAfter(char next) {
		return "aeiou".indexOf(next) >= 0;
	}

	private static String stripAccent(char c) {
		return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

}
