package org.migrantportal.directory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a help contact must be before it is saved: a kind and a country, a name in at
 * least one language, phone numbers that dial (and at least one for an emergency number
 * or a hotline), a real e-mail address and web addresses, texts within their limits.
 * Knows nothing of storage, so it is checked in plain unit tests.
 */
final class HelpContactRules {

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_ADDRESS = 500;

	static final int MAX_HOURS = 500;

	static final int MAX_LABEL = 200;

	static final int MAX_PHONES = 10;

	static final int MAX_URL = 500;

	static final int MAX_EMAIL = 254;

	static final int MAX_NUMBER = 30;

	/** Digits, spaces, dashes, dots and brackets, with an optional leading plus. */
	private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ().-]{0,29}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private HelpContactRules() {
	}

	/**
	 * Every problem of the document, in the order of the form; none when it may be saved.
	 */
	static List<ListingProblem> check(HelpContactDocument document, Set<String> knownLocales) {
		List<ListingProblem> problems = new ArrayList<>();
		if (document.kind() == null) {
			problems.add(new ListingProblem("kind", "help-admin.error.kind-required"));
		}
		if (document.country() == null) {
			problems.add(new ListingProblem("country", "help-admin.error.country-required"));
		}
		boolean named = false;
		for (Map.Entry<String, HelpContactDocument.Text> entry : document.texts().entrySet()) {
			String locale = entry.getKey();
			HelpContactDocument.Text text = entry.getValue();
			String field = "texts[" + locale + "]";
			if (!knownLocales.contains(locale)) {
				problems.add(new ListingProblem(field, "help-admin.error.unknown-language"));
				continue;
			}
			named |= !blank(text.name());
			tooLong(problems, field + ".name", text.name(), MAX_NAME);
			tooLong(problems, field + ".description", text.description(), MAX_DESCRIPTION);
			tooLong(problems, field + ".address", text.address(), MAX_ADDRESS);
			tooLong(problems, field + ".openingHours", text.openingHours(), MAX_HOURS);
			if (blank(text.name())
					&& !(blank(text.description()) && blank(text.address()) && blank(text.openingHours()))) {
				problems.add(new ListingProblem(field + ".name", "help-admin.error.name-required"));
			}
		}
		if (!named) {
			problems.add(new ListingProblem("name", "help-admin.error.name-required"));
		}
		if (document.phones().size() > MAX_PHONES) {
			problems.add(new ListingProblem("phones", "help-admin.error.too-many-phones"));
		}
		for (int i = 0; i < document.phones().size(); i++) {
			HelpContactDocument.Phone phone = document.phones().get(i);
			String field = "phones[" + i + "]";
			if (!dials(phone.number())) {
				problems.add(new ListingProblem(field + ".number", "help-admin.error.phone-number"));
			}
			phone.labels().forEach((locale, label) -> {
				if (!knownLocales.contains(locale)) {
					problems.add(new ListingProblem(field + ".labels", "help-admin.error.unknown-language"));
				}
				tooLong(problems, field + ".labels[" + locale + "]", label, MAX_LABEL);
			});
			for (String language : phone.languages()) {
				if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")) {
					problems.add(new ListingProblem(field + ".languages", "help-admin.error.language-code"));
					break;
				}
			}
		}
		if (document.kind() != null && document.kind().urgent() && document.phones().isEmpty()) {
			problems.add(new ListingProblem("phones", "help-admin.error.phone-required"));
		}
		if (!blank(document.email())
				&& (document.email().length() > MAX_EMAIL || !EMAIL.matcher(document.email()).matches())) {
			problems.add(new ListingProblem("email", "help-admin.error.email"));
		}
		if (!blank(document.website()) && !webAddress(document.website())) {
			problems.add(new ListingProblem("website", "help-admin.error.url"));
		}
		if (!blank(document.sourceUrl()) && !webAddress(document.sourceUrl())) {
			problems.add(new ListingProblem("sourceUrl", "help-admin.error.url"));
		}
		tooLong(problems, "sourceTitle", document.sourceTitle(), MAX_NAME);
		if (document.organizationId() != null && document.serviceId() != null) {
			problems.add(new ListingProblem("serviceId", "help-admin.error.one-reference"));
		}
		return problems;
	}

	/** Whether the number has something to dial: 2 to 15 digits in an allowed shape. */
	static boolean dials(String number) {
		if (number == null || !NUMBER.matcher(number.strip()).matches()) {
			return false;
		}
		long digits = number.chars().filter(Character::isDigit).count();
		return digits >= 2 && digits <= 15;
	}

	static boolean webAddress(String value) {
		if (value.length() > MAX_URL) {
			return false;
		}
		try {
			URI uri = new URI(value.strip());
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void tooLong(List<ListingProblem> problems, String field, String value, int max) {
		if (value != null && value.length() > max) {
			problems.add(new ListingProblem(field, "help-admin.error.too-long"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
