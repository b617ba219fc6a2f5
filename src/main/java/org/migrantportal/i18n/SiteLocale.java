package org.migrantportal.i18n;

import java.util.Locale;

/**
 * A language the site is served in: its BCP 47 tag (the first path segment of every
 * public URL), its name in its own language, and its text direction.
 */
public record SiteLocale(String tag, String nativeName, TextDirection direction) {

	public Locale toLocale() {
		return Locale.forLanguageTag(this.tag);
	}

	/** The value of the HTML {@code dir} attribute. */
	public String dir() {
		return this.direction.attribute();
	}

	@Override
	public String toString() {
		return this.tag;
	}

}
