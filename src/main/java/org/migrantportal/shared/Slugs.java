package org.migrantportal.shared;

import java.util.regex.Pattern;

/**
 * The rule every slug in a URL follows: lower-case ASCII letters and digits in words
 * joined by single hyphens, at most 120 characters. Slugs are per locale; Georgian and
 * Armenian titles are romanised.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 120;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private Slugs() {
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
	}

}
