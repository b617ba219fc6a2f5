package org.migrantportal.i18n;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import org.hibernate.validator.constraints.URL;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * The languages this installation serves and the address its links start with. Every tag
 * must be one of the {@link KnownLanguages}; an unknown one stops the start.
 *
 * @param locales the languages served, in order, the first being the default
 * ({@code portal.locales})
 * @param fallbackLocales where a missing translation falls back to, after the language
 * asked for ({@code portal.fallback-locales}); tags that are not served are ignored
 * @param baseUrl absolute base URL of canonical links and the sitemap
 * ({@code portal.base-url}); empty means the URL of the request, when its host is allowed
 * @param allowedHosts the host names a request may name for links built from it while no
 * base URL is set ({@code portal.allowed-hosts}); a request naming any other host (a
 * forged {@code Host} header) gets links without scheme and host
 */
@ConfigurationProperties("portal")
@Validated
public record LocaleProperties(@DefaultValue( {
		"ka", "en", "hy" }) @NotEmpty List<String> locales, @DefaultValue("en") List<String> fallbackLocales,
		@URL String baseUrl, @DefaultValue({ "localhost", "127.0.0.1", "[::1]" }) List<String> allowedHosts){

	public LocaleProperties {
		locales = knownTags(locales);
		fallbackLocales = knownTags(fallbackLocales);
		baseUrl = (baseUrl != null) ? StringUtils.trimTrailingCharacter(baseUrl.strip(), '/') : "";
		allowedHosts = (allowedHosts != null)
				? allowedHosts.stream().map((host) -> host.strip().toLowerCase(Locale.ROOT)).toList() : List.of();
	}

	/**
	 * Settings from comma-separated tags, as they are written in the configuration; no
	 * base URL.
	 */
	public static LocaleProperties of(String locales, String fallbackLocales) {
		return new LocaleProperties(List.of(StringUtils.commaDelimitedListToStringArray(locales)),
				List.of(StringUtils.commaDelimitedListToStringArray(fallbackLocales)), "", List.of("localhost"));
	}

	private static List<String> knownTags(List<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		for (String tag : (tags != null) ? tags : List.<String>of()) {
			String trimmed = (tag != null) ? tag.strip().toLowerCase(Locale.ROOT) : "";
			if (!trimmed.isEmpty()) {
				if (KnownLanguages.find(trimmed).isEmpty()) {
					throw new IllegalStateException("Unknown language in configuration: " + trimmed);
				}
				result.add(trimmed);
			}
		}
		return List.copyOf(result);
	}

}
