package org.migrantportal.callback.admin;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The site language organization names are shown in: the back-office language when the
 * site has it, else the site's default.
 */
@Component
class BackOfficeLocale {

	private final SiteLocales siteLocales;

	BackOfficeLocale(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	SiteLocale current() {
		return this.siteLocales.findOrDefault(LocaleContextHolder.getLocale().toLanguageTag());
	}

}
