package org.migrantportal.directory.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.migrantportal.directory.ListingProblem;
import org.migrantportal.directory.PhoneKind;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.directory.ServiceStatus;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Slugs;

/**
 * The listing form: the language-neutral facts, the texts of one locale, places, phones
 * and opening hours, every value as typed so a wrong one comes back as a form error. A
 * fixed number of rows, so it works without JavaScript; empty rows are left out.
 */
record ListingForm(Long version, String organizationId, String country, String status, Boolean freeOfCharge,
		String email, String url, String timeZone, List<String> categories, List<String> languages, String name,
		String slug, String description, String eligibility, String feesDescription, List<PlaceRow> places,
		List<PhoneRow> phones, List<HoursRow> hours) {

	static final int EMPTY_PLACES = 1;

	static final int EMPTY_PHONES = 2;

	ListingForm {
		categories = (categories != null) ? categories.stream().filter(Objects::nonNull).toList() : List.of();
		languages = (languages != null) ? languages.stream().filter(Objects::nonNull).toList() : List.of();
		places = (places != null) ? places.stream().filter(Objects::nonNull).toList() : List.of();
		phones = (phones != null) ? phones.stream().filter(Objects::nonNull).toList() : List.of();
		hours = (hours != null) ? hours.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/** A place, with its address in the form's locale. */
	record PlaceRow(String countryCode, String placeKey, String regionKey, String address, Boolean sample) {

		boolean blank() {
			return isBlank(this.countryCode) && isBlank(this.placeKey) && isBlank(this.regionKey)
					&& isBlank(this.address);
		}

	}

	record PhoneRow(String number, String kind, Boolean hotline, Boolean aroundTheClock, Boolean sample) {

		boolean blank() {
			return isBlank(this.number);
		}

	}

	/**
	 * Opening hours on one weekday. A day with no times is closed; a day with times is
	 * open with them, unless the editor ticked "closed" on it. {@code closedByDefault}
	 * says the tick was shown because the day had no times, so typing times into such a
	 * day opens it without unticking first.
	 */
	record HoursRow(String day, String opensAt, String closesAt, Boolean closed, Boolean closedByDefault,
			Boolean sample) {

		static HoursRow open(String day, String opensAt, String closesAt, boolean sample) {
			return new HoursRow(day, opensAt, closesAt, false, false, sample);
		}

		static HoursRow closedDay(String day) {
			return new HoursRow(day, "", "", true, true, false);
		}

		boolean hasTimes() {
			return !isBlank(this.opensAt) || !isBlank(this.closesAt);
		}

		boolean blank() {
			if (!hasTimes()) {
				return true;
			}
			return Boolean.TRUE.equals(this.closed) && !Boolean.TRUE.equals(this.closedByDefault);
		}

		/** The row as it is shown again: the tick says what the row means now. */
		HoursRow asShown() {
			boolean closedNow = blank();
			return new HoursRow(this.day, this.opensAt, this.closesAt, closedNow, closedNow && !hasTimes(),
					this.sample);
		}

	}

	/** The form of a stored listing, in one locale, with empty rows to add more. */
	static ListingForm of(ServiceListingDocument document, long version, String locale) {
		ServiceListingDocument.Text text = document.texts().get(locale);
		List<PlaceRow> places = new ArrayList<>();
		for (ServiceListingDocument.Place place : document.locations()) {
			ServiceListingDocument.PlaceText address = place.texts().get(locale);
			places.add(new PlaceRow(place.countryCode(), place.placeKey(), place.regionKey(),
					(address != null) ? address.address() : "", place.sample()));
		}
		List<PhoneRow> phones = new ArrayList<>();
		for (ServiceListingDocument.Phone phone : document.phones()) {
			phones.add(new PhoneRow(phone.number(), phone.kind().name(), phone.hotline(), phone.aroundTheClock(),
					phone.sample()));
		}
		return new ListingForm(version, String.valueOf(document.organizationId()),
				(document.country() != null) ? document.country().name() : "",
				(document.status() != null) ? document.status().name() : "", document.freeOfCharge(), document.email(),
				document.url(), document.timeZone(), document.categories(), document.languages(),
				(text != null) ? text.name() : "", (text != null) ? text.slug() : "",
				(text != null) ? text.description() : "", (text != null) ? text.eligibility() : "",
				(text != null) ? text.feesDescription() : "", places, phones, hoursRows(document.openingHours()))
			.withEmptyRows();
	}

	/** An empty form for a new listing of the given organization and country. */
	static ListingForm empty(Long organizationId, CountryScope country) {
		return new ListingForm(0L, (organizationId != null) ? organizationId.toString() : "", country.name(),
				ServiceStatus.ACTIVE.name(), true, "", "", country.zone().getId(), List.of(), List.of(), "", "", "", "",
				"", List.of(), List.of(), hoursRows(List.of()))
			.withEmptyRows();
	}

	/** The same entry, with the fixed number of empty rows after the filled ones. */
	ListingForm withEmptyRows() {
		List<PlaceRow> placeRows = new ArrayList<>(this.places.stream().filter((row) -> !row.blank()).toList());
		for (int i = 0; i < EMPTY_PLACES; i++) {
			placeRows.add(new PlaceRow("", "", "", "", false));
		}
		List<PhoneRow> phoneRows = new ArrayList<>(this.phones.stream().filter((row) -> !row.blank()).toList());
		for (int i = 0; i < EMPTY_PHONES; i++) {
			phoneRows.add(new PhoneRow("", PhoneKind.VOICE.name(), false, false, false));
		}
		return new ListingForm(this.version, this.organizationId, this.country, this.status, this.freeOfCharge,
				this.email, this.url, this.timeZone, this.categories, this.languages, this.name, this.slug,
				this.description, this.eligibility, this.feesDescription, placeRows, phoneRows,
				(this.hours.isEmpty()) ? hoursRows(List.of()) : this.hours.stream().map(HoursRow::asShown).toList());
	}

	ListingForm withVersion(long storedVersion) {
		return new ListingForm(storedVersion, this.organizationId, this.country, this.status, this.freeOfCharge,
				this.email, this.url, this.timeZone, this.categories, this.languages, this.name, this.slug,
				this.description, this.eligibility, this.feesDescription, this.places, this.phones, this.hours);
	}

	/**
	 * The document this form makes of {@code base} (the stored listing, or null for a new
	 * one): the facts and this locale's texts replaced, other locales kept. What cannot
	 * even be read (a time such as "ten") is added to {@code problems}.
	 */
	ServiceListingDocument toDocument(ServiceListingDocument base, String locale, List<ListingProblem> problems) {
		CountryScope countryScope = CountryScope.parse(this.country).orElse(null);
		ServiceStatus serviceStatus = parseEnum(ServiceStatus.class, this.status);
		Long organization = parseLong(this.organizationId);
		String sourceLocale = (base != null) ? base.sourceLocale() : locale;
		Map<String, ServiceListingDocument.Text> texts = new HashMap<>((base != null) ? base.texts() : Map.of());
		ServiceListingDocument.Text previous = texts.get(locale);
		texts.put(locale, new ServiceListingDocument.Text(Slugs.orFromTitle(trim(this.slug), this.name),
				trim(this.name), trim(this.description), trim(this.eligibility), trim(this.feesDescription),
				(previous != null) && previous.awaitingNativeReview(),
				(previous != null) ? previous.translatedFrom() : (locale.equals(sourceLocale) ? null : sourceLocale)));
		List<ServiceListingDocument.Place> locations = new ArrayList<>();
		List<ServiceListingDocument.Place> oldPlaces = (base != null) ? base.locations() : List.of();
		for (int i = 0; i < this.places.size(); i++) {
			PlaceRow row = this.places.get(i);
			if (row.blank()) {
				continue;
			}
			ServiceListingDocument.Place old = (i < oldPlaces.size()) ? oldPlaces.get(i) : null;
			Map<String, ServiceListingDocument.PlaceText> placeTexts = new HashMap<>(
					(old != null) ? old.texts() : Map.of());
			ServiceListingDocument.PlaceText oldText = placeTexts.get(locale);
			// no address in this language yet, and none typed: the place stays without
			// one
			if (oldText != null || !isBlank(row.address())) {
				placeTexts.put(locale,
						new ServiceListingDocument.PlaceText((oldText != null) ? oldText.name() : "",
								trim(row.address()), (oldText != null) ? oldText.city() : "",
								(oldText != null) ? oldText.region() : ""));
			}
			locations.add(new ServiceListingDocument.Place(
					(old != null) ? old.hsdsId() : ServiceListingEditingService.newId(),
					(old != null) ? old.serviceAtLocationId() : ServiceListingEditingService.newId(),
					upper(row.countryCode()), emptyToNull(row.placeKey()), emptyToNull(row.regionKey()),
					(old != null) ? old.postalCode() : null, (old != null) ? old.latitude() : null,
					(old != null) ? old.longitude() : null, Boolean.TRUE.equals(row.sample()), placeTexts));
		}
		List<ServiceListingDocument.Phone> phoneList = new ArrayList<>();
		List<ServiceListingDocument.Phone> oldPhones = (base != null) ? base.phones() : List.of();
		for (int i = 0; i < this.phones.size(); i++) {
			PhoneRow row = this.phones.get(i);
			if (row.blank()) {
				continue;
			}
			ServiceListingDocument.Phone old = (i < oldPhones.size()) ? oldPhones.get(i) : null;
			phoneList.add(new ServiceListingDocument.Phone(
					(old != null) ? old.hsdsId() : ServiceListingEditingService.newId(), trim(row.number()),
					parseEnum(PhoneKind.class, row.kind()), Boolean.TRUE.equals(row.hotline()),
					Boolean.TRUE.equals(row.aroundTheClock()), Boolean.TRUE.equals(row.sample()),
					(old != null) ? old.descriptions() : Map.of()));
		}
		List<ServiceListingDocument.Hours> periods = new ArrayList<>();
		for (int i = 0; i < this.hours.size(); i++) {
			HoursRow row = this.hours.get(i);
			if (row.blank()) {
				continue;
			}
			DayOfWeek day = parseEnum(DayOfWeek.class, row.day());
			LocalTime opens = parseTime(row.opensAt());
			LocalTime closes = parseTime(row.closesAt());
			if (day == null || opens == null || closes == null) {
				problems.add(new ListingProblem("hours[" + i + "].opensAt", "directory.error.hours-invalid"));
				continue;
			}
			// the n-th period of a weekday keeps the HSDS id of the n-th period it
			// replaces
			int nth = (int) periods.stream().filter((period) -> period.day() == day).count();
			List<ServiceListingDocument.Hours> before = (base != null)
					? base.openingHours().stream().filter((period) -> period.day() == day).toList() : List.of();
			periods.add(new ServiceListingDocument.Hours(
					(nth < before.size()) ? before.get(nth).hsdsId() : ServiceListingEditingService.newId(), day, opens,
					closes, Boolean.TRUE.equals(row.sample())));
		}
		if (!isBlank(this.organizationId) && organization == null) {
			problems.add(new ListingProblem("organizationId", "directory.error.organization-unknown"));
		}
		return new ServiceListingDocument((base != null) ? base.hsdsId() : ServiceListingEditingService.newId(),
				organization, countryScope, serviceStatus, Boolean.TRUE.equals(this.freeOfCharge),
				emptyToNull(this.email), emptyToNull(this.url), trim(this.timeZone), sourceLocale, this.categories,
				languageCodes(), texts, locations, phoneList, periods);
	}

	/** The ticked language codes; a list typed as "ka, en" is read too. */
	private List<String> languageCodes() {
		return this.languages.stream()
			.flatMap((entry) -> Arrays.stream(entry.split("[,\\s]+")))
			.map((code) -> code.trim().toLowerCase(Locale.ROOT))
			.filter((code) -> !code.isEmpty())
			.toList();
	}

	private static List<HoursRow> hoursRows(List<ServiceListingDocument.Hours> periods) {
		List<HoursRow> rows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<ServiceListingDocument.Hours> ofDay = periods.stream().filter((hours) -> hours.day() == day).toList();
			if (ofDay.isEmpty()) {
				rows.add(HoursRow.closedDay(day.name()));
			}
			for (ServiceListingDocument.Hours hours : ofDay) {
				rows.add(HoursRow.open(day.name(), hours.opensAt().toString(), hours.closesAt().toString(),
						hours.sample()));
			}
		}
		return rows;
	}

	private static LocalTime parseTime(String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return LocalTime.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long parseLong(String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String upper(String value) {
		return (value != null) ? value.trim().toUpperCase(Locale.ROOT) : null;
	}

	private static String trim(String value) {
		return (value != null) ? value.trim() : "";
	}

	private static String emptyToNull(String value) {
		return isBlank(value) ? null : value.trim();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
