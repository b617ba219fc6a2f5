package org.migrantportal.i18n;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each language version of one piece of content lives.
 *
 * @param existing paths of the translations that exist (and are public), in the order of
 * the configured languages
 * @param switchPaths where the language switcher leads for every configured language: the
 * existing translation, or the fallback shown under that language's prefix
 * @param canonicalPath path of the translation actually shown
 */
public record TranslationPaths(Map<SiteLocale, String> existing, Map<SiteLocale, String> switchPaths,
		String canonicalPath) {

	public TranslationPaths {
		existing = Collections.unmodifiableMap(new LinkedHashMap<>(existing));
		switchPaths = Collections.unmodifiableMap(new LinkedHashMap<>(switchPaths));
	}

}
