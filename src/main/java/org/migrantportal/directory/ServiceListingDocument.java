package org.migrantportal.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.migrantportal.shared.CountryScope;

/**
 * A whole service listing as editors write it and as it is published: the
 * language-neutral facts, and per locale every human-readable field. One document is one
 * revision; publishing one writes it to the relational tables the public site reads. Its
 * shape follows Open Referral HSDS 3.0 (service, location, service_at_location, phone,
 * schedule, language, taxonomy term), with translations keyed by locale.
 *
 * @param hsdsId the service's stable HSDS identifier
 * @param organizationId the organization that offers the service
 * @param timeZone the IANA time zone its opening hours are given in, e.g.
 * {@code Asia/Tbilisi}
 * @param sourceLocale the locale its text was written in
 * @param categories taxonomy term codes, e.g. {@code legal-aid}
 * @param languages languages spoken at the service, ISO 639-1 codes, e.g. {@code ka}
 * @param texts per locale: name, slug, description, eligibility, fees
 */
public record ServiceListingDocument(UUID hsdsId, Long organizationId, CountryScope country, ServiceStatus status,
		boolean freeOfCharge, String email, String url, String timeZone, String sourceLocale, List<String> categories,
		List<String> languages, Map<String, Text> texts, List<Place> locations, List<Phone> phones,
		List<Hours> openingHours) {

	private static final Comparator<Hours> HOURS_ORDER = Comparator
		.comparing(Hours::day, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Hours::opensAt, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Hours::closesAt, Comparator.nullsLast(Comparator.naturalOrder()));

	public ServiceListingDocument {
		// sets, kept in one order so equal listings are equal documents
		categories = (categories != null) ? categories.stream().filter(Objects::nonNull).distinct().sorted().toList()
				: List.of();
		languages = (languages != null) ? languages.stream().filter(Objects::nonNull).distinct().sorted().toList()
				: List.of();
		texts = (texts != null) ? Map.copyOf(texts) : Map.of();
		locations = (locations != null) ? List.copyOf(locations) : List.of();
		phones = (phones != null) ? List.copyOf(phones) : List.of();
		openingHours = (openingHours != null) ? openingHours.stream().sorted(HOURS_ORDER).toList() : List.of();
	}

	/**
	 * The same listing without the places, phones and opening hours flagged as sample
	 * data: what the public sees when demo data is off.
	 */
	public ServiceListingDocument withoutSamples() {
		return new ServiceListingDocument(this.hsdsId, this.organizationId, this.country, this.status,
				this.freeOfCharge, this.email, this.url, this.timeZone, this.sourceLocale, this.categories,
				this.languages, this.texts, this.locations.stream().filter((place) -> !place.sample()).toList(),
				this.phones.stream().filter((phone) -> !phone.sample()).toList(),
				this.openingHours.stream().filter((hours) -> !hours.sample()).toList());
	}

	/**
	 * A listing's text in one locale.
	 *
	 * @param awaitingNativeReview written or translated by someone who is not a native
	 * speaker, or by a machine, and not yet checked
	 * @param translatedFrom the locale it was translated from, or null for the source
	 */
	public record Text(String slug, String name, String description, String eligibility, String feesDescription,
			boolean awaitingNativeReview, String translatedFrom) {
	}

	/**
	 * A place where the service is offered (an HSDS location and its
	 * service_at_location).
	 *
	 * @param countryCode ISO 3166-1 alpha-2: {@code GE} or {@code AM}
	 * @param placeKey the city or town, as a language-neutral key such as {@code tbilisi}
	 * @param regionKey the region, as a language-neutral key such as {@code adjara}
	 * @param sample true when the address or coordinates are sample data, not facts
	 * @param texts per locale: the name, address, city and region as written in that
	 * language
	 */
	public record Place(UUID hsdsId, UUID serviceAtLocationId, String countryCode, String placeKey, String regionKey,
			String postalCode, BigDecimal latitude, BigDecimal longitude, boolean sample,
			Map<String, PlaceText> texts) {

		public Place {
			texts = (texts != null) ? Map.copyOf(texts) : Map.of();
			latitude = (latitude != null) ? latitude.setScale(6, RoundingMode.HALF_UP) : null;
			longitude = (longitude != null) ? longitude.setScale(6, RoundingMode.HALF_UP) : null;
		}

	}

	public record PlaceText(String name, String address, String city, String region) {
	}

	/**
	 * A phone number of the service.
	 *
	 * @param hotline a hotline (free, for people in need)
	 * @param aroundTheClock answered 24 hours a day, 7 days a week
	 * @param sample true when the number is sample data, not a fact
	 * @param descriptions per locale: what the number is for
	 */
	public record Phone(UUID hsdsId, String number, PhoneKind kind, boolean hotline, boolean aroundTheClock,
			boolean sample, Map<String, String> descriptions) {

		public Phone {
			descriptions = (descriptions != null) ? Map.copyOf(descriptions) : Map.of();
		}

	}

	/**
	 * Opening hours on one weekday, in the listing's time zone. A period whose closing
	 * time is not after its opening time runs past midnight into the next day; 00:00 to
	 * 00:00 is the whole day.
	 *
	 * @param sample true when the hours are sample data, not facts
	 */
	public record Hours(UUID hsdsId, DayOfWeek day, LocalTime opensAt, LocalTime closesAt, boolean sample) {
	}

}
