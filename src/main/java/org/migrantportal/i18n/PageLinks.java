package org.migrantportal.i18n;

import java.util.List;

/**
 * The links every public page carries: its canonical URL, a
 * {@code <link rel="alternate">} for each existing translation plus {@code x-default},
 * and the language switcher entries.
 *
 * @param current the language of the page's chrome (the locale in the URL)
 * @param canonicalUrl absolute URL of the translation actually shown
 * @param alternates absolute URLs of every existing translation, then {@code x-default}
 * @param languages one switcher entry per configured language
 */
public record PageLinks(SiteLocale current, String canonicalUrl, List<Alternate> alternates,
		List<LanguageLink> languages) {

	/** One {@code <link rel="alternate" hreflang>}. */
	public record Alternate(String hreflang, String href) {
	}

	/** One entry of the language switcher: where choosing {@code locale} leads. */
	public record LanguageLink(SiteLocale locale, String href, boolean current) {
	}

}
