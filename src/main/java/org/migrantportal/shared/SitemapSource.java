package org.migrantportal.shared;

import java.util.List;
import java.util.Map;

import org.migrantportal.i18n.SiteLocale;

/**
 * A module's public URLs for {@code /sitemap.xml}, contributed as a bean; the sitemap
 * asks every source, in their {@code @Order}. Each entry is one page in every language it
 * is published in, so each URL carries its other language versions as alternates.
 */
public interface SitemapSource {

	/** One entry per page: its path in each language it is published in. */
	List<Map<SiteLocale, String>> sitemapEntries();

}
