package org.migrantportal.callback.web;

import java.util.List;
import java.util.Map;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The call-back form in every language, for the sitemap. */
@Component
@Order(310)
class CallBackSitemap implements SitemapSource {

	private final SiteLocales siteLocales;

	CallBackSitemap(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	@Override
	public List<Map<SiteLocale, String>> sitemapEntries() {
		return List.of(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + CallBackController.PATH));
	}

}
