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
import java.util.UUID;

import org.migrantportal.directory.PhoneKind;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.directory.ServiceStatus;
import org.migrantportal.shared.CountryScope;

import org.springframework.validation.Errors;

/**
 * The listing form: the language-neutral facts, the texts of one locale, a fixed number
 * of place and phone rows and a row per weekday, so it works without JavaScript. A
 * JavaBean rather than a record, so a value that cannot be converted is a field error and
 * the editor's entry stays in the form.
 */
public class ListingForm {

	static final int PLACE_ROWS = 2;

	static final int PHONE_ROWS = 4;

	private Long version;

	private Long organizationId;

	private CountryScope country;

	private ServiceStatus status;

	private boolean freeOfCharge;

	private String email;

	private String url;

	private String timeZone;

	private List<String> categories = new ArrayList<>();

	private String languages;

	private String name;

	private String slug;

	private String description;

	private String eligibility;

	private String feesDescription;

	private List<PlaceRow> places = new ArrayList<>();

	private List<PhoneRow> phones = new ArrayList<>();

	private List<HoursRow> hours = new ArrayList<>();

	/** An empty form for a new listing in the actor's country, with empty rows. */
	static ListingForm empty(CountryScope country, Long organizationId) {
		ListingForm form = new ListingForm();
		form.version = 0L;
		form.country = country;
		form.organizationId = organizationId;
		form.status = ServiceStatus.ACTIVE;
		form.timeZone = (country != null) ? country.zone().getId() : "Asia/Tbilisi";
		form.languages = "";
		for (DayOfWeek day : DayOfWeek.values()) {
			form.hours.add(new HoursRow(day));
		}
		return form.withEmptyRows();
	}

	/** The form showing a saved document's facts and its texts in {@code locale}. */
	static ListingForm of(ServiceListingDocument document, long version, String locale) {
		ListingForm form = new ListingForm();
		form.version = version;
		form.organizationId = document.organizationId();
		form.country = document.country();
		form.status = document.status();
		form.freeOfCharge = document.freeOfCharge();
		form.email = document.email();
		form.url = document.url();
		form.timeZone = document.timeZone();
		form.categories = new ArrayList<>(document.categories());
		form.languages = String.join(" ", document.languages());
		ServiceListingDocument.Text text = document.texts().get(locale);
		if (text != null) {
			form.name = text.name();
			form.slug = text.slug();
			form.description = text.description();
			form.eligibility = text.eligibility();
			form.feesDescription = text.feesDescription();
		}
		for (ServiceListingDocument.Place place : document.locations()) {
			form.places.add(PlaceRow.of(place, locale));
		}
		for (ServiceListingDocument.Phone phone : document.phones()) {
			form.phones.add(PhoneRow.of(phone, locale));
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			form.hours.add(HoursRow.of(day, document.openingHours()));
		}
		return form.withEmptyRows();
	}

	/** Adds empty rows up to the fixed counts, so new places and phones can be entered. */
	ListingForm withEmptyRows() {
		while (this.places.size() < PLACE_ROWS) {
			this.places.add(new PlaceRow());
		}
		while (this.phones.size() < PHONE_ROWS) {
			this.phones.add(new PhoneRow());
		}
		return this;
	}

	long loadedVersion() {
		return (this.version != null) ? this.version : -1;
	}

	/**
	 * The document the form describes: {@code base} (the saved document, or null for a new
	 * listing) with the facts replaced and the texts of {@code locale} replaced, other
	 * locales' texts kept. Times that cannot be read are rejected on {@code errors}.
	 */
	ServiceListingDocument toDocument(ServiceListingDocument base, String locale, Errors errors) {
		Map<String, ServiceListingDocument.Text> texts = new HashMap<>((base != null) ? base.texts() : Map.of());
		ServiceListingDocument.Text oldText = texts.get(locale);
		String sourceLocale = (base != null) ? base.sourceLocale() : locale;
		if (!blank(this.name) || !blank(this.slug) || oldText != null) {
			texts.put(locale, new ServiceListingDocument.Text(trim(this.slug), trim(this.name), trim(this.description),
					trim(this.eligibility), trim(this.feesDescription),
					(oldText != null) && oldText.awaitingNativeReview(),
					(oldText != null) ? oldText.translatedFrom() : null));
		}
		Map<UUID, ServiceListingDocument.Place> oldPlaces = new HashMap<>();
		Map<UUID, ServiceListingDocument.Phone> oldPhones = new HashMap<>();
		if (base != null) {
			base.locations().forEach((place) -> oldPlaces.put(place.hsdsId(), place));
			base.phones().forEach((phone) -> oldPhones.put(phone.hsdsId(), phone));
		}
		List<ServiceListingDocument.Place> locations = new ArrayList<>();
		for (PlaceRow row : this.places) {
			if (row != null && !row.isEmpty()) {
				locations.add(row.toPlace(oldPlaces.get(row.hsdsId), locale));
			}
		}
		List<ServiceListingDocument.Phone> phoneList = new ArrayList<>();
		for (PhoneRow row : this.phones) {
			if (row != null && !row.isEmpty()) {
				phoneList.add(row.toPhone(oldPhones.get(row.hsdsId), locale));
			}
		}
		List<ServiceListingDocument.Hours> openingHours = new ArrayList<>();
		for (int i = 0; i < this.hours.size(); i++) {
			HoursRow row = this.hours.get(i);
			if (row != null) {
				row.addTo(openingHours, errors, "hours[" + i + "]");
			}
		}
		List<String> languageCodes = Arrays.stream((this.languages != null) ? this.languages.split("[\\s,;]+") : new String[0])
			.map((code) -> code.trim().toLowerCase(Locale.ROOT))
			.filter((code) -> !code.isEmpty())
			.toList();
		UUID hsdsId = (base != null) ? base.hsdsId() : ServiceListingEditingService.newId();
		return new ServiceListingDocument(hsdsId, this.organizationId, this.country, this.status, this.freeOfCharge,
				trim(this.email), trim(this.url), trim(this.timeZone), sourceLocale, this.categories, languageCodes,
				texts, locations, phoneList, openingHours);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getOrganizationId() {
		return this.organizationId;
	}

	public void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	public CountryScope getCountry() {
		return this.country;
	}

	public void setCountry(CountryScope country) {
		this.country = country;
	}

	public ServiceStatus getStatus() {
		return this.status;
	}

	public void setStatus(ServiceStatus status) {
		this.status = status;
	}

	public boolean isFreeOfCharge() {
		return this.freeOfCharge;
	}

	public void setFreeOfCharge(boolean freeOfCharge) {
		this.freeOfCharge = freeOfCharge;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public List<String> getCategories() {
		return this.categories;
	}

	public void setCategories(List<String> categories) {
		this.categories = (categories != null) ? categories : new ArrayList<>();
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getEligibility() {
		return this.eligibility;
	}

	public void setEligibility(String eligibility) {
		this.eligibility = eligibility;
	}

	public String getFeesDescription() {
		return this.feesDescription;
	}

	public void setFeesDescription(String feesDescription) {
		this.feesDescription = feesDescription;
	}

	public List<PlaceRow> getPlaces() {
		return this.places;
	}

	public void setPlaces(List<PlaceRow> places) {
		this.places = places;
	}

	public List<PhoneRow> getPhones() {
		return this.phones;
	}

	public void setPhones(List<PhoneRow> phones) {
		this.phones = phones;
	}

	public List<HoursRow> getHours() {
		return this.hours;
	}

	public void setHours(List<HoursRow> hours) {
		this.hours = hours;
	}

	/** One place row: its keys and its name and address in the edited locale. */
	public static class PlaceRow {

		private UUID hsdsId;

		private String countryCode;

		private String placeKey;

		private String regionKey;

		private String name;

		private String address;

		private String city;

		private String region;

		private boolean sample;

		static PlaceRow of(ServiceListingDocument.Place place, String locale) {
			PlaceRow row = new PlaceRow();
			row.hsdsId = place.hsdsId();
			row.countryCode = place.countryCode();
			row.placeKey = place.placeKey();
			row.regionKey = place.regionKey();
			row.sample = place.sample();
			ServiceListingDocument.PlaceText text = place.texts().get(locale);
			if (text != null) {
				row.name = text.name();
				row.address = text.address();
				row.city = text.city();
				row.region = text.region();
			}
			return row;
		}

		boolean isEmpty() {
			return blank(this.countryCode) && blank(this.placeKey) && blank(this.regionKey) && blank(this.name)
					&& blank(this.address) && blank(this.city) && blank(this.region);
		}

		ServiceListingDocument.Place toPlace(ServiceListingDocument.Place old, String locale) {
			Map<String, ServiceListingDocument.PlaceText> texts = new HashMap<>((old != null) ? old.texts() : Map.of());
			if (blank(this.name) && blank(this.address) && blank(this.city) && blank(this.region)) {
				texts.remove(locale);
			}
			else {
				texts.put(locale, new ServiceListingDocument.PlaceText(trim(this.name), trim(this.address),
						trim(this.city), trim(this.region)));
			}
			return new ServiceListingDocument.Place((old != null) ? old.hsdsId() : ServiceListingEditingService.newId(),
					(old != null) ? old.serviceAtLocationId() : ServiceListingEditingService.newId(),
					(this.countryCode != null) ? this.countryCode.trim().toUpperCase(Locale.ROOT) : null,
					trim(this.placeKey), trim(this.regionKey), (old != null) ? old.postalCode() : null,
					(old != null) ? old.latitude() : null, (old != null) ? old.longitude() : null, this.sample, texts);
		}

		public UUID getHsdsId() {
			return this.hsdsId;
		}

		public void setHsdsId(UUID hsdsId) {
			this.hsdsId = hsdsId;
		}

		public String getCountryCode() {
			return this.countryCode;
		}

		public void setCountryCode(String countryCode) {
			this.countryCode = countryCode;
		}

		public String getPlaceKey() {
			return this.placeKey;
		}

		public void setPlaceKey(String placeKey) {
			this.placeKey = placeKey;
		}

		public String getRegionKey() {
			return this.regionKey;
		}

		public void setRegionKey(String regionKey) {
			this.regionKey = regionKey;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getAddress() {
			return this.address;
		}

		public void setAddress(String address) {
			this.address = address;
		}

		public String getCity() {
			return this.city;
		}

		public void setCity(String city) {
			this.city = city;
		}

		public String getRegion() {
			return this.region;
		}

		public void setRegion(String region) {
			this.region = region;
		}

		public boolean isSample() {
			return this.sample;
		}

		public void setSample(boolean sample) {
			this.sample = sample;
		}

	}

	/** One phone row, with its description in the edited locale. */
	public static class PhoneRow {

		private UUID hsdsId;

		private String number;

		private PhoneKind kind;

		private boolean hotline;

		private boolean aroundTheClock;

		private boolean sample;

		private String description;

		static PhoneRow of(ServiceListingDocument.Phone phone, String locale) {
			PhoneRow row = new PhoneRow();
			row.hsdsId = phone.hsdsId();
			row.number = phone.number();
			row.kind = phone.kind();
			row.hotline = phone.hotline();
			row.aroundTheClock = phone.aroundTheClock();
			row.sample = phone.sample();
			row.description = phone.descriptions().get(locale);
			return row;
		}

		boolean isEmpty() {
			return blank(this.number) && blank(this.description);
		}

		ServiceListingDocument.Phone toPhone(ServiceListingDocument.Phone old, String locale) {
			Map<String, String> descriptions = new HashMap<>((old != null) ? old.descriptions() : Map.of());
			if (blank(this.description)) {
				descriptions.remove(locale);
			}
			else {
				descriptions.put(locale, this.description.trim());
			}
			return new ServiceListingDocument.Phone((old != null) ? old.hsdsId() : ServiceListingEditingService.newId(),
					trim(this.number), this.kind, this.hotline, this.aroundTheClock, this.sample, descriptions);
		}

		public UUID getHsdsId() {
			return this.hsdsId;
		}

		public void setHsdsId(UUID hsdsId) {
			this.hsdsId = hsdsId;
		}

		public String getNumber() {
			return this.number;
		}

		public void setNumber(String number) {
			this.number = number;
		}

		public PhoneKind getKind() {
			return this.kind;
		}

		public void setKind(PhoneKind kind) {
			this.kind = kind;
		}

		public boolean isHotline() {
			return this.hotline;
		}

		public void setHotline(boolean hotline) {
			this.hotline = hotline;
		}

		public boolean isAroundTheClock() {
			return this.aroundTheClock;
		}

		public void setAroundTheClock(boolean aroundTheClock) {
			this.aroundTheClock = aroundTheClock;
		}

		public boolean isSample() {
			return this.sample;
		}

		public void setSample(boolean sample) {
			this.sample = sample;
		}

		public String getDescription() {
			return this.description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

	/** The hours of one weekday: open from and to, or closed (both empty). */
	public static class HoursRow {

		private DayOfWeek day;

		private String opens;

		private String closes;

		private boolean sample;

		public HoursRow() {
		}

		HoursRow(DayOfWeek day) {
			this.day = day;
		}

		static HoursRow of(DayOfWeek day, List<ServiceListingDocument.Hours> hours) {
			HoursRow row = new HoursRow(day);
			hours.stream().filter((period) -> period.day() == day).findFirst().ifPresent((period) -> {
				row.opens = (period.opensAt() != null) ? period.opensAt().toString() : null;
				row.closes = (period.closesAt() != null) ? period.closesAt().toString() : null;
				row.sample = period.sample();
			});
			return row;
		}

		void addTo(List<ServiceListingDocument.Hours> hours, Errors errors, String at) {
			if (blank(this.opens) && blank(this.closes)) {
				return;
			}
			LocalTime opensAt = time(this.opens);
			LocalTime closesAt = time(this.closes);
			if (this.day == null || opensAt == null || closesAt == null) {
				errors.rejectValue(at + ".opens", "directory.error.hours-invalid");
				return;
			}
			hours.add(new ServiceListingDocument.Hours(ServiceListingEditingService.newId(), this.day, opensAt, closesAt,
					this.sample));
		}

		private static LocalTime time(String value) {
			if (blank(value)) {
				return null;
			}
			try {
				return LocalTime.parse(value.trim());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		public DayOfWeek getDay() {
			return this.day;
		}

		public void setDay(DayOfWeek day) {
			this.day = day;
		}

		public String getOpens() {
			return this.opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return this.closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		public boolean isSample() {
			return this.sample;
		}

		public void setSample(boolean sample) {
			this.sample = sample;
		}

	}

}
