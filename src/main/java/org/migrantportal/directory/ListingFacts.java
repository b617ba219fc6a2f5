package org.migrantportal.directory;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.WordDiff;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A listing's language-neutral facts (organization, country, status, fees, contact,
 * categories, languages, places, phones, hours) as editors read them when comparing
 * revisions: one paragraph each, in words of a given language, never as codes.
 */
public final class ListingFacts {

	private static final Map<String, CountryScope> COUNTRY_CODES = Map.of("GE", CountryScope.GEORGIA, "AM",
			CountryScope.ARMENIA);

	private static final ListingFacts IN_WORDS = new ListingFacts(portalMessages());

	private final MessageSource messages;

	public ListingFacts(MessageSource messages) {
		this.messages = messages;
	}

	/** The facts in words of the portal's own message bundles. */
	public static ListingFacts inWords() {
		return IN_WORDS;
	}

	/** What changed in the facts from one revision to another, paragraph by paragraph. */
	public List<WordDiff.Segment> compare(ServiceListingDocument from, ServiceListingDocument to, String locale) {
		return WordDiff.compareParagraphs(describe(from, locale), describe(to, locale));
	}

	/**
	 * The facts in words of the locale (a language tag); texts of places come in that
	 * language too.
	 */
	public String describe(ServiceListingDocument document, String locale) {
		Locale language = Locale.forLanguageTag(locale);
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(joined(msg("directory-admin.facts.organization", language, document.organizationId()),
				labelled("directory-admin.country-code", countryName(document.country(), language), language),
				labelled("directory-admin.status",
						(document.status() != null) ? msg(document.status().messageKey(), language) : "", language),
				msg(document.freeOfCharge() ? "directory.service.fee.free" : "directory.service.fee.paid", language)));
		paragraphs.add(joined(labelled("directory-admin.email", orNone(document.email(), language), language),
				labelled("directory-admin.website", orNone(document.url(), language), language),
				labelled("directory-admin.time-zone", orNone(document.timeZone(), language), language)));
		paragraphs.add(labelled("directory-admin.categories",
				listOrNone(document.categories()
					.stream()
					.map((code) -> this.messages.getMessage("directory.category." + code, null, code, language))
					.toList(), language),
				language));
		paragraphs.add(labelled("directory-admin.languages", listOrNone(
				document.languages().stream().map((code) -> ServiceDirectory.languageName(code, language)).toList(),
				language), language));
		for (ServiceListingDocument.Place place : document.locations()) {
			ServiceListingDocument.PlaceText text = place.texts().get(locale);
			String country = (COUNTRY_CODES.containsKey(place.countryCode()))
					? countryName(COUNTRY_CODES.get(place.countryCode()), language) : orEmpty(place.countryCode());
			paragraphs
				.add(sample(
						labelled("directory-admin.facts.place",
								joined(country, orEmpty(place.placeKey()),
										(text != null) ? orEmpty(text.address()) : ""),
								language),
						place.sample(), language));
		}
		for (ServiceListingDocument.Phone phone : document.phones()) {
			paragraphs.add(sample(labelled("directory-admin.number",
					joined(orEmpty(phone.number()),
							(phone.kind() != null) ? msg(phone.kind().messageKey(), language) : "",
							phone.hotline() ? msg("directory-admin.hotline", language) : "",
							phone.aroundTheClock() ? msg("directory-admin.around-the-clock", language) : ""),
					language), phone.sample(), language));
		}
		for (ServiceListingDocument.Hours hours : document.openingHours()) {
			paragraphs.add(sample(dayName(hours.day(), language) + " " + hours.opensAt() + "\u2013" + hours.closesAt(),
					hours.sample(), language));
		}
		return String.join("\n\n", paragraphs);
	}

	private String countryName(CountryScope country, Locale language) {
		return (country != null) ? msg(country.messageKey(), language) : "";
	}

	private String dayName(DayOfWeek day, Locale language) {
		return (day != null) ? msg("directory-admin.day." + day.name().toLowerCase(Locale.ROOT), language) : "";
	}

	private String labelled(String labelKey, String value, Locale language) {
		return msg("directory-admin.facts.labelled", language, msg(labelKey, language), value);
	}

	private String sample(String paragraph, boolean sample, Locale language) {
		return sample ? paragraph + " (" + msg("directory-admin.sample", language) + ")" : paragraph;
	}

	private String orNone(String value, Locale language) {
		return (value == null || value.isBlank()) ? msg("directory-admin.none", language) : value;
	}

	private String listOrNone(List<String> values, Locale language) {
		return values.isEmpty() ? msg("directory-admin.none", language) : String.join(", ", values);
	}

	private String msg(String key, Locale language, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, language);
	}

	private static String joined(String... parts) {
		return Arrays.stream(parts).filter((part) -> !part.isBlank()).collect(Collectors.joining(" · "));
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private static MessageSource portalMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/directory-admin", "i18n/directory", "i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
