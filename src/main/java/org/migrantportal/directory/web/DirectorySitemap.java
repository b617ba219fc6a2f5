package org.migrantportal.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrantportal.directory.ServiceDirectory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The directory module's public URLs for the sitemap: the help page, the service
 * directory and every published service listing, each in the languages it is published
 * in.
 */
@Component
@Order(200)
class DirectorySitemap implements SitemapSource {

	private final ServiceDirectory serviceDirectory;

	private final SiteLocales siteLocales;

	DirectorySitemap(ServiceDirectory serviceDirectory, SiteLocales siteLocales) {
		this.serviceDirectory = serviceDirectory;
		this.siteLocales = siteLocales;
	}

	@Override
	public List<Map<SiteLocale, String>> sitemapEntries() {
		List<Map<SiteLocale, String>> entries = new ArrayList<>();
		entries.add(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + "/help"));
		entries.add(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + "/services"));
		entries.addAll(this.serviceDirectory.listPublicTranslationPaths());
		return entries;
	}

}
