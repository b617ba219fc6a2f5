package org.migrantportal.i18n;

import java.util.Map;
import java.util.Optional;

/**
 * The registry of languages the portal knows how to serve: enabling one of them is a
 * matter of configuration ({@code portal.locales}), not code. Native names are how
 * speakers write them.
 */
public final class KnownLanguages {

	private static final Map<String, SiteLocale> LANGUAGES = Map.ofEntries(language("ka", "ქართული", TextDirection.LTR),
			language("en", "English", TextDirection.LTR), language("hy", "Հայերեն", TextDirection.LTR),
			language("ru", "Русский", TextDirection.LTR), language("uk", "Українська", TextDirection.LTR),
			language("az", "Azərbaycanca", TextDirection.LTR), language("tr", "Türkçe", TextDirection.LTR),
			language("de", "Deutsch", TextDirection.LTR), language("fr", "Français", TextDirection.LTR),
			language("ar", "العربية", TextDirection.RTL), language("fa", "فارسی", TextDirection.RTL),
			language("ur", "اردو", TextDirection.RTL), language("he", "עברית", TextDirection.RTL));

	private KnownLanguages() {
	}

	public static Optional<SiteLocale> find(String tag) {
		return Optional.ofNullable(LANGUAGES.get(tag));
	}

	private static Map.Entry<String, SiteLocale> language(String tag, String nativeName, TextDirection direction) {
		return Map.entry(tag, new SiteLocale(tag, nativeName, direction));
	}

}
