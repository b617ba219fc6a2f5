package org.migrantportal.i18n;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Converts the locale path segment of a URL to a {@link SiteLocale} once, so controllers
 * receive a typed locale; an unknown tag fails the conversion and is answered with a 404
 * page.
 */
@Component
class SiteLocaleConverter implements Converter<String, SiteLocale> {

	private final SiteLocales siteLocales;

	SiteLocaleConverter(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	@Override
	public SiteLocale convert(String source) {
		return this.siteLocales.get(source);
	}

}
