package org.migrantportal.tools.web;

import java.util.List;
import java.util.Map;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The job-offer check in every language, for the sitemap. */
@Component
@Order(310)
class JobOfferCheckSitemap implements SitemapSource {

	private final SiteLocales siteLocales;

	JobOfferCheckSitemap(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	@Override
	public List<Map<SiteLocale, String>> sitemapEntries() {
		return List
			.of(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + JobOfferCheckController.PATH));
	}

}
