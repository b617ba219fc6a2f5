package org.migrantportal.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.i18n.TranslationPaths;

import org.springframework.stereotype.Component;

/**
 * Where the published translations of one topic, page or news item live
 * ({@code /<locale>/<kind>/<slug>}), for alternates, the language switcher and the
 * sitemap.
 */
@Component
class PublishedPaths {

	private final SiteLocales siteLocales;

	PublishedPaths(SiteLocales siteLocales) {
		this.siteLocales = siteLocales;
	}

	/**
	 * The paths of an item's published translations when {@code shown} is displayed to a
	 * visitor of {@code locale}.
	 */
	<T extends TranslatedText> TranslationPaths of(SiteLocale locale, ContentKind kind, List<T> translations, T shown) {
		Map<SiteLocale, String> switchPaths = new LinkedHashMap<>();
		for (SiteLocale target : this.siteLocales.all()) {
			this.siteLocales.pickBest(target, translations, TranslatedText::getLocale)
				.ifPresent(
						(translation) -> switchPaths.put(target, path(target, kind, translation.getPublishedSlug())));
		}
		return new TranslationPaths(existing(kind, translations), switchPaths,
				path(this.siteLocales.get(shown.getLocale()), kind, shown.getPublishedSlug()));
	}

	/**
	 * The paths of the translations that exist, in the order of the configured languages.
	 */
	<T extends TranslatedText> Map<SiteLocale, String> existing(ContentKind kind, List<T> translations) {
		Map<SiteLocale, String> existing = new LinkedHashMap<>();
		for (SiteLocale target : this.siteLocales.all()) {
			translations.stream()
				.filter((translation) -> translation.getLocale().equals(target.tag()))
				.findFirst()
				.ifPresent((translation) -> existing.put(target, path(target, kind, translation.getPublishedSlug())));
		}
		return existing;
	}

	static String path(SiteLocale locale, ContentKind kind, String slug) {
		return "/" + locale.tag() + "/" + kind.segment() + "/" + slug;
	}

}
