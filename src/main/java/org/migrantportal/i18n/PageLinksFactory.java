package org.migrantportal.i18n;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds the {@link PageLinks} of a page from the paths of its translations, with
 * absolute URLs from {@code portal.base-url} (or the current request when it is not set).
 */
@Component
public class PageLinksFactory {

	private final SiteLocales siteLocales;

	private final String baseUrl;

	PageLinksFactory(SiteLocales siteLocales, LocaleProperties properties) {
		this.siteLocales = siteLocales;
		this.baseUrl = properties.baseUrl();
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
		List<PageLinks.Alternate> alternates = new ArrayList<>();
		for (SiteLocale locale : this.siteLocales.all()) {
			String path = existing.get(locale);
			if (path != null) {
				alternates.add(new PageLinks.Alternate(locale.tag(), absolute(path)));
			}
		}
		this.siteLocales.fallbackChain(this.siteLocales.defaultLocale())
			.stream()
			.filter(existing::containsKey)
			.findFirst()
			.ifPresent(
					(locale) -> alternates.add(new PageLinks.Alternate("x-default", absolute(existing.get(locale)))));
		List<PageLinks.LanguageLink> languages = new ArrayList<>();
		for (SiteLocale locale : this.siteLocales.all()) {
			String target = paths.switchPaths().getOrDefault(locale, "/" + locale.tag() + "/");
			languages.add(new PageLinks.LanguageLink(locale, choicePath(locale, target), locale.equals(current)));
		}
		return new PageLinks(current, absolute(paths.canonicalPath()), List.copyOf(alternates), List.copyOf(languages));
	}

	/**
	 * The path that records the visitor's choice of {@code locale} and then leads to
	 * {@code target}.
	 */
	public static String choicePath(SiteLocale locale, String target) {
		return "/language/" + locale.tag() + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
	}

	public String absolute(String path) {
		String base = StringUtils.hasText(this.baseUrl) ? this.baseUrl
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		return base + path;
	}

}
