package org.migrantportal.i18n;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The locales this installation serves, from {@code portal.locales} (the first is the
 * default), and the order in which a missing translation falls back to another language
 * ({@link LocaleProperties}).
 */
@Component
public class SiteLocales {

	private final List<SiteLocale> locales;

	private final List<SiteLocale> fallbackOrder;

	/**
	 * The locales of comma-separated tags, as they are written in the configuration.
	 * @param tags the languages served, the first being the default
	 * @param fallbackTags where a missing translation falls back to
	 */
	public SiteLocales(String tags, String fallbackTags) {
		this(LocaleProperties.of(tags, fallbackTags));
	}

	/**
	 * The locales the configuration names ({@code portal.locales},
	 * {@code portal.fallback-locales}).
	 */
	@Autowired
	public SiteLocales(LocaleProperties properties) {
		this.locales = toSiteLocales(properties.locales());
		if (this.locales.isEmpty()) {
			throw new IllegalStateException("portal.locales names no language");
		}
		this.fallbackOrder = toSiteLocales(properties.fallbackLocales()).stream()
			.filter(this.locales::contains)
			.toList();
	}

	private static List<SiteLocale> toSiteLocales(List<String> tags) {
		return tags.stream()
			.map((tag) -> KnownLanguages.find(tag)
				.orElseThrow(() -> new IllegalStateException("Unknown language in configuration: " + tag)))
			.toList();
	}

	public List<SiteLocale> all() {
		return this.locales;
	}

	/** A path for every configured language, in their configured order. */
	public Map<SiteLocale, String> pathsInEveryLocale(Function<SiteLocale, String> pathInLocale) {
		Map<SiteLocale, String> paths = new LinkedHashMap<>();
		this.locales.forEach((locale) -> paths.put(locale, pathInLocale.apply(locale)));
		return paths;
	}

	public SiteLocale defaultLocale() {
		return this.locales.get(0);
	}

	public Optional<SiteLocale> find(String tag) {
		if (tag == null) {
			return Optional.empty();
		}
		return this.locales.stream().filter((locale) -> locale.tag().equals(tag)).findFirst();
	}

	/**
	 * The configured locale of the tag, else the default one: for a language that only
	 * decides how something is shown (UI strings, an error page), never what is shown.
	 */
	public SiteLocale findOrDefault(String tag) {
		return find(tag).orElseGet(this::defaultLocale);
	}

	public SiteLocale get(String tag) {
		return find(tag).orElseThrow(() -> new UnknownLocaleException(tag));
	}

	/**
	 * The languages to try, in order, when content is asked for in {@code requested}: the
	 * requested one, then the configured fallbacks, then the default, then every other.
	 */
	public List<SiteLocale> fallbackChain(SiteLocale requested) {
		Set<SiteLocale> chain = new LinkedHashSet<>();
		chain.add(requested);
		chain.addAll(this.fallbackOrder);
		chain.add(defaultLocale());
		chain.addAll(this.locales);
		return new ArrayList<>(chain);
	}

	/**
	 * Of the translations of one thing, the one to show for {@code requested}: its own,
	 * else the first that exists along the fallback chain. Translations in languages that
	 * are not configured are never chosen.
	 */
	public <T> Optional<T> pickBest(SiteLocale requested, Collection<T> translations, Function<T, String> localeOf) {
		if (translations == null || translations.isEmpty()) {
			return Optional.empty();
		}
		for (SiteLocale candidate : fallbackChain(requested)) {
			for (T translation : translations) {
				if (candidate.tag().equals(localeOf.apply(translation))) {
					return Optional.of(translation);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The best site locale for an Accept-Language header, if any of ours is acceptable.
	 */
	public Optional<SiteLocale> fromAcceptLanguage(String header) {
		if (!StringUtils.hasText(header)) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		List<String> tags = this.locales.stream().map(SiteLocale::tag).toList();
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() <= 0) {
				continue;
			}
			String lookup = Locale.lookupTag(List.of(range), tags);
			if (lookup != null) {
				return find(lookup);
			}
		}
		return Optional.empty();
	}

}
