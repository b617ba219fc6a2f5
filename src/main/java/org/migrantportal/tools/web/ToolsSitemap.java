package org.migrantportal.tools.web;

import java.util.List;
import java.util.Map;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The tools module's public URLs for the sitemap: the stay calculator in every language.
 */
@Component
@Order(300)
class ToolsSitemap implements SitemapSource {

	private final SiteLocales siteLocales;

	ToolsSitemap(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	@Override
	public List<Map<SiteLocale, String>> sitemapEntries() {
		return List
			.of(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + StayCalculatorController.PATH));
	}

}
