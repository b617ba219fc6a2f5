package org.migrantportal.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.migrantportal.content.ContentService;
import org.migrantportal.content.NewsService;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.SitemapSource;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The content module's public URLs for the sitemap: the news list, every published topic
 * and page, and every published news item, each in the languages it is published in.
 */
@Component
@Order(100)
class ContentSitemap implements SitemapSource {

	private final ContentService contentService;

	private final NewsService newsService;

	private final SiteLocales siteLocales;

	ContentSitemap(ContentService contentService, NewsService newsService, SiteLocales siteLocales) {
		this.contentService = contentService;
		this.newsService = newsService;
		this.siteLocales = siteLocales;
	}

	@Override
	public List<Map<SiteLocale, String>> sitemapEntries() {
		List<Map<SiteLocale, String>> entries = new ArrayList<>();
		entries.add(this.siteLocales.pathsInEveryLocale((locale) -> "/" + locale.tag() + "/news"));
		entries.addAll(this.contentService.listPublicTranslationPaths());
		entries.addAll(this.newsService.listPublicTranslationPaths());
		return entries;
	}

}
