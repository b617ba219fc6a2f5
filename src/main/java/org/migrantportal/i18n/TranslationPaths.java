package org.migrantportal.i18n;

import java.util.Map;

/**
 * Where each language version of one piece of content lives.
 *
 * @param existing paths of the translations that exist (and are public), by language
 * @param switchPaths where the language switcher leads for every configured language: the
 * existing translation, or the fallback shown under that language's prefix
 * @param canonicalPath path of the translation actually shown
 */
public record TranslationPaths(Map<SiteLocale, String> existing, Map<SiteLocale, String> switchPaths,
		String canonicalPath) {

	public TranslationPaths {
		existing = Map.copyOf(existing);
		switchPaths = Map.copyOf(switchPaths);
	}

}
