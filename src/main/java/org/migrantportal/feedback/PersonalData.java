package org.migrantportal.feedback;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what most likely identifies a person from a visitor's text before it is stored:
 * e-mail addresses and phone-number-like runs of digits (seven or more digits, with
 * spaces, hyphens or brackets between them, as people write phone and personal numbers)
 * become {@value #REMOVED}. Dates and short numbers stay.
 */
final class PersonalData {

	static final String REMOVED = "[removed]";

	private static final Pattern EMAIL = Pattern
		.compile("[\\p{L}\\p{N}._%+'-]+(@|＠|\\s?\\(at\\)\\s?|\\s?\\[at\\]\\s?)[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");

	private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?\\p{Nd}[\\p{Nd} \\u00A0()\\-]*\\p{Nd}");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final int PHONE_DIGITS = 7;

	private PersonalData() {
	}

	static String strip(String text) {
		if (text == null) {
			return null;
		}
		String withoutEmail = EMAIL.matcher(text).replaceAll(Matcher.quoteReplacement(REMOVED));
		Matcher digits = DIGIT_RUN.matcher(withoutEmail);
		StringBuilder result = new StringBuilder();
		while (digits.find()) {
			String run = digits.group();
			boolean phoneLike = run.codePoints().filter(Character::isDigit).count() >= PHONE_DIGITS
					&& !ISO_DATE.matcher(run.strip()).matches();
			digits.appendReplacement(result, Matcher.quoteReplacement(phoneLike ? REMOVED : run));
		}
		digits.appendTail(result);
		return result.toString();
	}

}
