package org.migrantportal.shared;

/**
 * Removes the control characters that no stored text needs and that break its storage or
 * its output: PostgreSQL cannot store NUL in text, and XML 1.0 (the Atom feed, XLIFF, the
 * sitemap) forbids the other C0 controls. Tab, line feed and carriage return stay, as do
 * all printable characters of every script.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether the text holds a character {@link #strip} would remove. */
	public static boolean contains(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isRemoved(text, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text without C0 controls (other than tab, line feed and carriage return), DEL,
	 * the C1 controls, the non-characters U+FFFE and U+FFFF and unpaired surrogates;
	 * {@code null} stays {@code null}.
	 */
	public static String strip(String text) {
		if (!contains(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (!isRemoved(text, i)) {
				kept.append(text.charAt(i));
			}
		}
		return kept.toString();
	}

	private static boolean isRemoved(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			// half of a pair cannot be written as UTF-8
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
		}
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		return (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
	}

}
