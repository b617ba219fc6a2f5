package org.migrantportal.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Builds the {@link PageLinks} of a page from the paths of its translations, with
 * absolute URLs from {@code portal.base-url} (or the current request when it is not set).
 */
@Component
public class PageLinksFactory {

	private final SiteLocales siteLocales;

	private final String baseUrl;

	private final List<String> allowedHosts;

	PageLinksFactory(SiteLocales siteLocales, LocaleProperties properties) {
		this.siteLocales = siteLocales;
		this.baseUrl = properties.baseUrl();
		this.allowedHosts = properties.allowedHosts();
	}

	/** Links of a page that exists in every configured language, e.g. the home page. */
	public PageLinks forEveryLocale(SiteLocale current, Function<SiteLocale, String> pathInLocale) {
		Map<SiteLocale, String> paths = this.siteLocales.pathsInEveryLocale(pathInLocale);
		return of(current, new TranslationPaths(paths, paths, paths.get(current)));
	}

	/**
	 * Links of a translated page.
	 * @param current the locale in the URL
	 * @param paths where its translations are
	 */
	public PageLinks of(SiteLocale current, TranslationPaths paths) {
		Map<SiteLocale, String> existing = paths.existing();
		String prefix = prefix();
		List<PageLinks.Alternate> alternates = new ArrayList<>();
		for (SiteLocale locale : this.siteLocales.all()) {
			String path = existing.get(locale);
			if (path != null) {
				alternates.add(new PageLinks.Alternate(locale.tag(), prefix + path));
			}
		}
		this.siteLocales.fallbackChain(this.siteLocales.defaultLocale())
			.stream()
			.filter(existing::containsKey)
			.findFirst()
			.ifPresent((locale) -> alternates.add(new PageLinks.Alternate("x-default", prefix + existing.get(locale))));
		List<PageLinks.LanguageLink> languages = new ArrayList<>();
		for (SiteLocale locale : this.siteLocales.all()) {
			String target = paths.switchPaths().getOrDefault(locale, "/" + locale.tag() + "/");
			// the page itself in that language: a choice made on the public site sets no
			// cookie (the language is in every path)
			languages.add(new PageLinks.LanguageLink(locale, target, locale.equals(current)));
		}
		return new PageLinks(current, prefix + paths.canonicalPath(), List.copyOf(alternates), List.copyOf(languages));
	}

	/**
	 * The URL of a path of this site: after {@code portal.base-url}; else after the
	 * scheme and host of the current request when that host is one of
	 * {@code portal.allowed-hosts}; else the path alone, so a forged {@code Host} header
	 * never puts another site's address into a page, the sitemap or the feed.
	 */
	public String absolute(String path) {
		return prefix() + path;
	}

	/** What {@link #absolute(String)} puts before a path: worked out once a page. */
	private String prefix() {
		if (StringUtils.hasText(this.baseUrl)) {
			return this.baseUrl;
		}
		UriComponents request = ServletUriComponentsBuilder.fromCurrentContextPath().build();
		String host = (request.getHost() != null) ? request.getHost().toLowerCase(Locale.ROOT) : "";
		return this.allowedHosts.contains(host) ? request.toUriString() : "";
	}

}
