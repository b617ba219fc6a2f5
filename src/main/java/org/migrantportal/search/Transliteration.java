package org.migrantportal.search;

import java.util.List;
import java.util.Map;

/**
 * Latin letters read as Georgian or Armenian, the way people write them in chats and in
 * the national romanisations: "shromiti migracia" → შრომითი მიგრაცია, "migrant" →
 * միգրանտ. Letters that romanisations write alike (t for თ and ტ, k for კ and ქ) are
 * guessed; the {@link Skeleton} of the result makes the guess not matter.
 */
public final class Transliteration {

	private static final List<Map.Entry<String, String>> GEORGIAN = List.of(Map.entry("tch", "ჭ"),
			Map.entry("ch'", "ჭ"), Map.entry("ts'", "წ"), Map.entry("sh", "შ"), Map.entry("ch", "ჩ"),
			Map.entry("zh", "ჟ"), Map.entry("kh", "ხ"), Map.entry("gh", "ღ"), Map.entry("ts", "ც"),
			Map.entry("dz", "ძ"), Map.entry("ph", "ფ"), Map.entry("th", "თ"), Map.entry("k'", "კ"),
			Map.entry("t'", "ტ"), Map.entry("p'", "პ"), Map.entry("q'", "ყ"), Map.entry("a", "ა"), Map.entry("b", "ბ"),
			Map.entry("g", "გ"), Map.entry("d", "დ"), Map.entry("e", "ე"), Map.entry("v", "ვ"), Map.entry("z", "ზ"),
			Map.entry("t", "თ"), Map.entry("i", "ი"), Map.entry("k", "კ"), Map.entry("l", "ლ"), Map.entry("m", "მ"),
			Map.entry("n", "ნ"), Map.entry("o", "ო"), Map.entry("p", "პ"), Map.entry("r", "რ"), Map.entry("s", "ს"),
			Map.entry("u", "უ"), Map.entry("f", "ფ"), Map.entry("q", "ქ"), Map.entry("y", "ყ"), Map.entry("c", "ც"),
			Map.entry("w", "წ"), Map.entry("x", "ხ"), Map.entry("j", "ჯ"), Map.entry("h", "ჰ"));

	private static final List<Map.Entry<String, String>> ARMENIAN = List.of(Map.entry("tch", "ճ"), Map.entry("sh", "շ"),
			Map.entry("ch", "չ"), Map.entry("zh", "ժ"), Map.entry("kh", "խ"), Map.entry("gh", "ղ"),
			Map.entry("ts", "ց"), Map.entry("dz", "ձ"), Map.entry("ou", "ու"), Map.entry("ev", "և"),
			Map.entry("a", "ա"), Map.entry("b", "բ"), Map.entry("g", "գ"), Map.entry("d", "դ"), Map.entry("e", "ե"),
			Map.entry("z", "զ"), Map.entry("t", "տ"), Map.entry("i", "ի"), Map.entry("l", "լ"), Map.entry("x", "խ"),
			Map.entry("k", "կ"), Map.entry("h", "հ"), Map.entry("m", "մ"), Map.entry("y", "յ"), Map.entry("n", "ն"),
			Map.entry("o", "ո"), Map.entry("p", "պ"), Map.entry("j", "ջ"), Map.entry("r", "ր"), Map.entry("s", "ս"),
			Map.entry("v", "վ"), Map.entry("q", "ք"), Map.entry("f", "ֆ"), Map.entry("c", "ց"), Map.entry("u", "ու"),
			Map.entry("w", "ո"));

	private Transliteration() {
	}

	/** A Latin word read as Georgian; other characters stay. */
	public static String latinToGeorgian(String word) {
		return convert(word, GEORGIAN);
	}

	/** A Latin word read as Armenian; other characters stay. */
	public static String latinToArmenian(String word) {
		return convert(word, ARMENIAN);
	}

	/** Whether a word is written in Latin letters (and digits) only. */
	public static boolean isLatin(String word) {
		return !word.isEmpty()
				&& word.chars().allMatch((c) -> c < 0x250 && (Character.isLetterOrDigit(c) || c == '\''));
	}

	/** Whether a word has Georgian letters. */
	public static boolean isGeorgian(String word) {
		return word.chars().anyMatch((c) -> (c >= 0x10D0 && c <= 0x10FF) || (c >= 0x1C90 && c <= 0x1CBF));
	}

	/** Whether a word has Armenian letters. */
	public static boolean isArmenian(String word) {
		return word.chars().anyMatch((c) -> c >= 0x0530 && c <= 0x058F);
	}

	private static String convert(String word, List<Map.Entry<String, String>> table) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		StringBuilder out = new StringBuilder(lower.length());
		int i = 0;
		outer: while (i < lower.length()) {
			for (Map.Entry<String, String> entry : table) {
				if (lower.startsWith(entry.getKey(), i)) {
					out.append(entry.getValue());
					i += entry.getKey().length();
					continue outer;
				}
			}
			out.append(lower.charAt(i));
			i++;
		}
		return out.toString();
	}

}
