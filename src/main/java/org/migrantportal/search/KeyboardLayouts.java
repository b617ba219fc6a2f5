package org.migrantportal.search;

import java.util.HashMap;
import java.util.Map;

/**
 * What a person typed with the wrong keyboard layout active, read as the layout they
 * meant: the standard Georgian layout (Windows, macOS, and phones' Georgian QWERTY: ა on
 * a, თ on Shift+t) and the Armenian phonetic layout (ա on a, թ on y). A query typed
 * "migracia" with the English layout meant მიგრაცია; "ьшпкфешщт" is "migration" typed
 * with a Russian layout (not handled: neither site language).
 */
public final class KeyboardLayouts {

	/**
	 * Latin key (as typed with the English layout) to the Georgian letter on that key.
	 */
	private static final Map<Character, Character> GEORGIAN = new HashMap<>();

	/** Latin key to the Armenian letter on that key in the phonetic layout. */
	private static final Map<Character, Character> ARMENIAN = new HashMap<>();

	private static final Map<Character, Character> FROM_GEORGIAN = new HashMap<>();

	private static final Map<Character, Character> FROM_ARMENIAN = new HashMap<>();

	static {
		String latin = "abgdevzTiklmnopJrstufqRySCcZwWxjh";
		String georgian = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ";
		for (int i = 0; i < latin.length(); i++) {
			GEORGIAN.put(latin.charAt(i), georgian.charAt(i));
			FROM_GEORGIAN.put(georgian.charAt(i), latin.charAt(i));
		}
		// keys without a letter of their own in Georgian type the lower-case letter
		for (char key : "ABDEFGHIKLMNOPQUVXY".toCharArray()) {
			GEORGIAN.putIfAbsent(key, GEORGIAN.get(Character.toLowerCase(key)));
		}
		// Armenian phonetic layout (the most common layout on computers in Armenia)
		String[][] keys = { { "a", "ա" }, { "b", "բ" }, { "g", "գ" }, { "d", "դ" }, { "e", "ե" }, { "z", "զ" },
				{ "y", "ը" }, { "t", "տ" }, { "j", "յ" }, { "i", "ի" }, { "l", "լ" }, { "x", "խ" }, { "c", "ց" },
				{ "k", "կ" }, { "h", "հ" }, { "m", "մ" }, { "n", "ն" }, { "o", "օ" }, { "p", "պ" }, { "r", "ր" },
				{ "s", "ս" }, { "v", "վ" }, { "w", "ո" }, { "f", "ֆ" }, { "q", "ք" }, { "u", "ւ" } };
		for (String[] key : keys) {
			ARMENIAN.put(key[0].charAt(0), key[1].charAt(0));
			FROM_ARMENIAN.put(key[1].charAt(0), key[0].charAt(0));
		}
	}

	private KeyboardLayouts() {
	}

	/**
	 * The text as if typed with the Georgian layout active (Latin keys become letters).
	 */
	public static String latinKeysAsGeorgian(String typed) {
		return map(typed, GEORGIAN);
	}

	/** The text as if typed with the Armenian phonetic layout active. */
	public static String latinKeysAsArmenian(String typed) {
		return map(typed, ARMENIAN);
	}

	/** Georgian letters read back as the Latin keys that type them (English meant). */
	public static String georgianAsLatinKeys(String typed) {
		return map(typed, FROM_GEORGIAN);
	}

	/** Armenian letters read back as the Latin keys of the phonetic layout. */
	public static String armenianAsLatinKeys(String typed) {
		return map(typed, FROM_ARMENIAN);
	}

	private static String map(String text, Map<Character, Character> keys) {
		StringBuilder mapped = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			Character letter = keys.get(c);
			mapped.append((letter != null) ? letter : c);
		}
		return mapped.toString();
	}

}
