package org.migrantportal.shared;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Georgian and Armenian letters written in Latin letters, without apostrophes, so they
 * can go into a URL.
 * <p>
 * Georgian: the national system of romanisation of 2002 (State Department of Geodesy and
 * Cartography of Georgia and the Institute of Linguistics; used on road signs and in
 * passports), with the apostrophes of the ejectives (k', p', t', q', ts', ch') dropped.
 * <p>
 * Armenian: the romanisation in official use in the Republic of Armenia on road signs and
 * in passports, as in Government Regulation No. 220-N of 3 March 2011 on rendering
 * geographical names into English (ծ ts, ձ dz, ղ gh, ճ ch, ք k, փ p, խ kh, ժ zh): the
 * BGN/PCGN 1981 letters without apostrophes and with ռ as r. ե is ye and ո is vo at the
 * start of a word, ու is u (also at the start), և is ev.
 * <p>
 * Other characters are returned as they are. {@code static/js/slug.js} does the same in
 * the browser; {@code SlugProposalBrowserTests} keeps the two in step.
 */
public final class Romanisation {

	private static final Map<Character, String> GEORGIAN = Map.ofEntries(Map.entry('ა', "a"), Map.entry('ბ', "b"),
			Map.entry('გ', "g"), Map.entry('დ', "d"), Map.entry('ე', "e"), Map.entry('ვ', "v"), Map.entry('ზ', "z"),
			Map.entry('თ', "t"), Map.entry('ი', "i"), Map.entry('კ', "k"), Map.entry('ლ', "l"), Map.entry('მ', "m"),
			Map.entry('ნ', "n"), Map.entry('ო', "o"), Map.entry('პ', "p"), Map.entry('ჟ', "zh"), Map.entry('რ', "r"),
			Map.entry('ს', "s"), Map.entry('ტ', "t"), Map.entry('უ', "u"), Map.entry('ფ', "p"), Map.entry('ქ', "k"),
			Map.entry('ღ', "gh"), Map.entry('ყ', "q"), Map.entry('შ', "sh"), Map.entry('ჩ', "ch"), Map.entry('ც', "ts"),
			Map.entry('ძ', "dz"), Map.entry('წ', "ts"), Map.entry('ჭ', "ch"), Map.entry('ხ', "kh"), Map.entry('ჯ', "j"),
			Map.entry('ჰ', "h"));

	// ե, ո and ու depend on their place in the word and are handled in romanise
	private static final Map<Character, String> ARMENIAN = Map.ofEntries(Map.entry('ա', "a"), Map.entry('բ', "b"),
			Map.entry('գ', "g"), Map.entry('դ', "d"), Map.entry('զ', "z"), Map.entry('է', "e"), Map.entry('ը', "y"),
			Map.entry('թ', "t"), Map.entry('ժ', "zh"), Map.entry('ի', "i"), Map.entry('լ', "l"), Map.entry('խ', "kh"),
			Map.entry('ծ', "ts"), Map.entry('կ', "k"), Map.entry('հ', "h"), Map.entry('ձ', "dz"), Map.entry('ղ', "gh"),
			Map.entry('ճ', "ch"), Map.entry('մ', "m"), Map.entry('յ', "y"), Map.entry('ն', "n"), Map.entry('շ', "sh"),
			Map.entry('չ', "ch"), Map.entry('պ', "p"), Map.entry('ջ', "j"), Map.entry('ռ', "r"), Map.entry('ս', "s"),
			Map.entry('վ', "v"), Map.entry('տ', "t"), Map.entry('ր', "r"), Map.entry('ց', "ts"), Map.entry('ւ', "v"),
			Map.entry('փ', "p"), Map.entry('ք', "k"), Map.entry('և', "ev"), Map.entry('օ', "o"), Map.entry('ֆ', "f"));

	private static final Pattern IN_WORD_MARKS = Pattern.compile("[\u055A-\u055C\u055E\u055F]");

	private Romanisation() {
	}

	/**
	 * The text in lower case, its Georgian and Armenian letters romanised; Armenian marks
	 * written inside a word (՛ ՜ ՞ ՚ ՟) are left out, other characters stay.
	 */
	public static String romanise(String text) {
		// the Armenian marks inside a word (ինչո՞ւ) do not separate its letters
		String lower = IN_WORD_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
		StringBuilder out = new StringBuilder(lower.length() + 16);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
			if (c == 'ո' && i + 1 < lower.length() && lower.charAt(i + 1) == 'ւ') {
				out.append('u');
				i++;
			}
			else if (c == 'ո') {
				out.append(wordStart ? "vo" : "o");
			}
			else if (c == 'ե') {
				out.append(wordStart ? "ye" : "e");
			}
			else if (GEORGIAN.containsKey(c)) {
				out.append(GEORGIAN.get(c));
			}
			else if (ARMENIAN.containsKey(c)) {
				out.append(ARMENIAN.get(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
