package org.migrantportal.directory;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.migrantportal.shared.ControlCharacters;
import org.migrantportal.shared.CountryScope;

/**
 * Maps a listing document to the Open Referral HSDS 3.0 shapes (service,
 * service_at_location, location, address, phone, schedule, language, attribute,
 * taxonomy_term) and back. Standard fields carry the source language; every locale goes
 * into an {@code x-translations} object per entity, and the portal's own facts into an
 * {@code x-portal} object. Maps are sorted by key so one listing always gives the same
 * JSON.
 */
final class HsdsMapper {

	/**
	 * Sorted keys, plain decimals, and strict reading: no duplicate keys, nothing after
	 * the end.
	 */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	static final String TRANSLATIONS = "x-translations";

	static final String PORTAL = "x-portal";

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,190}\\.[^\\s@]{2,63}");

	private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	private HsdsMapper() {
	}

	/** A category as the export names it. */
	record Term(UUID hsdsId, String code, String name, Map<String, String> names) {
	}

	/** When and by whom a listing was last checked to be true, if it was. */
	record Verified(LocalDate on, String by) {
	}

	/** An organization's facts and its text per locale, for the export. */
	record OrganizationData(UUID hsdsId, String email, String website, String kind, CountryScope country,
			String standardLocale, Map<String, OrganizationText> texts) {
	}

	record OrganizationText(String slug, String name, String description, boolean awaitingNativeReview,
			String translatedFrom) {
	}

	/** A service read from a file: its document and its verification. */
	record ImportedService(ServiceListingDocument document, Verified verified) {
	}

	static Map<String, Object> organization(OrganizationData organization, List<Map<String, Object>> services) {
		Map<String, Object> out = new TreeMap<>();
		out.put("id", organization.hsdsId().toString());
		OrganizationText standard = organization.texts().get(organization.standardLocale());
		out.put("name", (standard != null) ? standard.name() : "");
		out.put("description", (standard != null) ? standard.description() : "");
		putIfPresent(out, "email", organization.email());
		putIfPresent(out, "website", organization.website());
		Map<String, Object> portal = new TreeMap<>();
		portal.put("kind", organization.kind());
		portal.put("country_scope", organization.country().name());
		out.put(PORTAL, portal);
		Map<String, Object> translations = new TreeMap<>();
		organization.texts().forEach((locale, text) -> {
			Map<String, Object> fields = new TreeMap<>();
			putIfPresent(fields, "slug", text.slug());
			putIfPresent(fields, "name", text.name());
			putIfPresent(fields, "description", text.description());
			fields.put("awaiting_native_review", text.awaitingNativeReview());
			putIfPresent(fields, "translated_from", text.translatedFrom());
			translations.put(locale, fields);
		});
		out.put(TRANSLATIONS, translations);
		out.put("services", services);
		return out;
	}

	static Map<String, Object> service(ServiceListingDocument document, UUID organizationHsdsId, Verified verified,
			Map<String, Term> terms) {
		String id = document.hsdsId().toString();
		Map<String, Object> out = new TreeMap<>();
		out.put("id", id);
		out.put("organization_id", organizationHsdsId.toString());
		out.put("status", document.status().hsdsValue());
		ServiceListingDocument.Text source = document.texts().get(document.sourceLocale());
		out.put("name", (source != null && source.name() != null) ? source.name() : "");
		if (source != null) {
			putIfPresent(out, "description", source.description());
			putIfPresent(out, "eligibility_description", source.eligibility());
			putIfPresent(out, "fees_description", source.feesDescription());
		}
		putIfPresent(out, "email", document.email());
		putIfPresent(out, "url", document.url());
		Map<String, Object> portal = new TreeMap<>();
		portal.put("country_scope", document.country().name());
		portal.put("free_of_charge", document.freeOfCharge());
		portal.put("time_zone", document.timeZone());
		portal.put("source_locale", document.sourceLocale());
		if (verified != null && verified.on() != null) {
			out.put("assured_date", verified.on().toString());
			if (verified.by() != null && EMAIL.matcher(verified.by()).matches()) {
				out.put("assurer_email", verified.by());
			}
			else {
				putIfPresent(portal, "assurer", verified.by());
			}
		}
		out.put(PORTAL, portal);
		Map<String, Object> translations = new TreeMap<>();
		document.texts().forEach((locale, text) -> {
			Map<String, Object> fields = new TreeMap<>();
			putIfPresent(fields, "slug", text.slug());
			putIfPresent(fields, "name", text.name());
			putIfPresent(fields, "description", text.description());
			putIfPresent(fields, "eligibility_description", text.eligibility());
			putIfPresent(fields, "fees_description", text.feesDescription());
			fields.put("awaiting_native_review", text.awaitingNativeReview());
			putIfPresent(fields, "translated_from", text.translatedFrom());
			translations.put(locale, fields);
		});
		out.put(TRANSLATIONS, translations);
		List<Object> languages = new ArrayList<>();
		for (String code : document.languages()) {
			Map<String, Object> language = new TreeMap<>();
			language.put("id", derived(id, "language", code));
			language.put("service_id", id);
			language.put("code", code);
			languages.add(language);
		}
		out.put("languages", languages);
		List<Object> attributes = new ArrayList<>();
		for (String code : document.categories()) {
			Term term = terms.get(code);
			Map<String, Object> attribute = new TreeMap<>();
			attribute.put("id", derived(id, "attribute", code));
			attribute.put("link_id", id);
			attribute.put("link_entity", "service");
			attribute.put("link_type", "category");
			attribute.put("taxonomy_term_id", term.hsdsId().toString());
			Map<String, Object> taxonomyTerm = new TreeMap<>();
			taxonomyTerm.put("id", term.hsdsId().toString());
			taxonomyTerm.put("code", term.code());
			taxonomyTerm.put("name", term.name());
			taxonomyTerm.put("description", term.name());
			taxonomyTerm.put("taxonomy", "migrant-portal-categories");
			Map<String, Object> names = new TreeMap<>();
			term.names().forEach((locale, name) -> names.put(locale, Map.of("name", name)));
			taxonomyTerm.put(TRANSLATIONS, names);
			attribute.put("taxonomy_term", taxonomyTerm);
			attributes.add(attribute);
		}
		out.put("attributes", attributes);
		List<Object> phones = new ArrayList<>();
		for (ServiceListingDocument.Phone phone : document.phones()) {
			Map<String, Object> item = new TreeMap<>();
			item.put("id", phone.hsdsId().toString());
			item.put("service_id", id);
			item.put("number", phone.number());
			item.put("type", phone.kind().hsdsValue());
			putIfPresent(item, "description", phone.descriptions().get(document.sourceLocale()));
			Map<String, Object> phonePortal = new TreeMap<>();
			phonePortal.put("hotline", phone.hotline());
			phonePortal.put("around_the_clock", phone.aroundTheClock());
			phonePortal.put("sample", phone.sample());
			item.put(PORTAL, phonePortal);
			Map<String, Object> descriptions = new TreeMap<>();
			phone.descriptions().forEach((locale, text) -> descriptions.put(locale, Map.of("description", text)));
			item.put(TRANSLATIONS, descriptions);
			phones.add(item);
		}
		out.put("phones", phones);
		List<Object> schedules = new ArrayList<>();
		for (ServiceListingDocument.Hours hours : document.openingHours()) {
			Map<String, Object> item = new TreeMap<>();
			item.put("id", hours.hsdsId().toString());
			item.put("service_id", id);
			item.put("freq", "WEEKLY");
			item.put("wkst", "MO");
			item.put("byday", DAYS.get(hours.day().getValue() - 1));
			item.put("opens_at", hours.opensAt().toString());
			item.put("closes_at", hours.closesAt().toString());
			item.put(PORTAL, Map.of("sample", hours.sample()));
			schedules.add(item);
		}
		out.put("schedules", schedules);
		List<Object> serviceAtLocations = new ArrayList<>();
		for (ServiceListingDocument.Place place : document.locations()) {
			serviceAtLocations.add(serviceAtLocation(document, id, place));
		}
		out.put("service_at_locations", serviceAtLocations);
		return out;
	}

	private static Map<String, Object> serviceAtLocation(ServiceListingDocument document, String serviceId,
			ServiceListingDocument.Place place) {
		String locationId = place.hsdsId().toString();
		ServiceListingDocument.PlaceText text = place.texts().get(document.sourceLocale());
		if (text == null) {
			text = new ServiceListingDocument.PlaceText(null, null, null, null);
		}
		Map<String, Object> location = new TreeMap<>();
		location.put("id", locationId);
		location.put("location_type", "physical");
		putIfPresent(location, "name", text.name());
		if (place.latitude() != null) {
			location.put("latitude", place.latitude());
			location.put("longitude", place.longitude());
		}
		Map<String, Object> address = new TreeMap<>();
		address.put("id", derived(locationId, "address", "physical"));
		address.put("location_id", locationId);
		address.put("address_type", "physical");
		address.put("address_1", nonNull(text.address()));
		address.put("city", nonNull(text.city()));
		address.put("state_province", nonNull(text.region()));
		address.put("postal_code", nonNull(place.postalCode()));
		address.put("country", place.countryCode());
		location.put("addresses", List.of(address));
		Map<String, Object> portal = new TreeMap<>();
		putIfPresent(portal, "place_key", place.placeKey());
		putIfPresent(portal, "region_key", place.regionKey());
		putIfPresent(portal, "postal_code", place.postalCode());
		portal.put("sample", place.sample());
		location.put(PORTAL, portal);
		Map<String, Object> translations = new TreeMap<>();
		place.texts().forEach((locale, placeText) -> {
			Map<String, Object> fields = new TreeMap<>();
			putIfPresent(fields, "name", placeText.name());
			putIfPresent(fields, "address", placeText.address());
			putIfPresent(fields, "city", placeText.city());
			putIfPresent(fields, "region", placeText.region());
			translations.put(locale, fields);
		});
		location.put(TRANSLATIONS, translations);
		Map<String, Object> out = new TreeMap<>();
		out.put("id", place.serviceAtLocationId().toString());
		out.put("service_id", serviceId);
		out.put("location_id", locationId);
		out.put("location", location);
		return out;
	}

	/**
	 * Reads one service of a file; every problem found is added with its path, and the
	 * result is null when the document could not be built.
	 */
	static ImportedService readService(JsonNode node, String at, UUID organizationHsdsId, Long organizationId,
			String defaultLocale, Set<String> knownCodes, List<HsdsProblem> problems) {
		Reader in = new Reader(problems);
		if (!in.object(node, at)) {
			return null;
		}
		int before = problems.size();
		UUID id = in.uuid(node, at, "id", true);
		String name = in.string(node, at, "name", true);
		String statusValue = in.string(node, at, "status", true);
		ServiceStatus status = null;
		if (statusValue != null) {
			status = switch (statusValue) {
				case "active" -> ServiceStatus.ACTIVE;
				case "temporarily closed" -> ServiceStatus.TEMPORARILY_CLOSED;
				case "inactive", "defunct" -> ServiceStatus.INACTIVE;
				default -> {
					problems.add(new HsdsProblem(at + ".status", "hsds.error.status-unknown"));
					yield null;
				}
			};
		}
		JsonNode portal = in.optionalObject(node, at, PORTAL);
		String portalAt = at + "." + PORTAL;
		String sourceLocale = in.string(portal, portalAt, "source_locale", false);
		if (sourceLocale == null) {
			sourceLocale = defaultLocale;
		}
		String standardLocale = sourceLocale;
		CountryScope country = null;
		String countryValue = in.string(portal, portalAt, "country_scope", true);
		if (countryValue != null) {
			try {
				country = CountryScope.valueOf(countryValue);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new HsdsProblem(portalAt + ".country_scope", "directory.error.country-required"));
			}
		}
		boolean free = in.bool(portal, portalAt, "free_of_charge");
		String timeZone = in.string(portal, portalAt, "time_zone", true);
		Map<String, ServiceListingDocument.Text> texts = new LinkedHashMap<>();
		JsonNode translations = in.optionalObject(node, at, TRANSLATIONS);
		if (translations != null) {
			for (Map.Entry<String, JsonNode> entry : translations.properties()) {
				String textAt = at + "." + TRANSLATIONS + "." + entry.getKey();
				JsonNode text = entry.getValue();
				if (in.object(text, textAt)) {
					texts.put(entry.getKey(), new ServiceListingDocument.Text(in.string(text, textAt, "slug", false),
							in.string(text, textAt, "name", false), in.string(text, textAt, "description", false),
							in.string(text, textAt, "eligibility_description", false),
							in.string(text, textAt, "fees_description", false),
							in.bool(text, textAt, "awaiting_native_review"),
							in.string(text, textAt, "translated_from", false)));
				}
			}
		}
		else if (name != null) {
			// a file from another system: its standard fields are the source text
			texts.put(sourceLocale,
					new ServiceListingDocument.Text(null, name, in.string(node, at, "description", false),
							in.string(node, at, "eligibility_description", false),
							in.string(node, at, "fees_description", false), false, null));
		}
		UUID organization = in.uuid(node, at, "organization_id", false);
		if (organization != null && !organization.equals(organizationHsdsId)) {
			// a service sits inside the organization that offers it
			problems.add(new HsdsProblem(at + ".organization_id", "hsds.error.organization-mismatch"));
		}
		List<String> categories = new ArrayList<>();
		in.each(node, at, "attributes", (attribute, attributeAt) -> {
			JsonNode term = in.optionalObject(attribute, attributeAt, "taxonomy_term");
			String code = in.string(term, attributeAt + ".taxonomy_term", "code", true);
			if (code != null && !knownCodes.contains(code)) {
				problems.add(new HsdsProblem(attributeAt + ".taxonomy_term.code", "directory.error.category-unknown"));
			}
			else if (code != null) {
				categories.add(code);
			}
		});
		List<String> languages = new ArrayList<>();
		in.each(node, at, "languages", (language, languageAt) -> {
			String code = in.string(language, languageAt, "code", true);
			if (code != null) {
				languages.add(code);
			}
		});
		List<ServiceListingDocument.Phone> phones = new ArrayList<>();
		in.each(node, at, "phones", (phone, phoneAt) -> {
			JsonNode phonePortal = in.optionalObject(phone, phoneAt, PORTAL);
			String phonePortalAt = phoneAt + "." + PORTAL;
			String type = in.string(phone, phoneAt, "type", false);
			PhoneKind kind = PhoneKind.VOICE;
			if (type != null) {
				kind = switch (type) {
					case "voice" -> PhoneKind.VOICE;
					case "cell" -> PhoneKind.CELL;
					case "text" -> PhoneKind.TEXT;
					case "fax" -> PhoneKind.FAX;
					default -> {
						problems.add(new HsdsProblem(phoneAt + ".type", "directory.error.phone-kind-required"));
						yield null;
					}
				};
			}
			Map<String, String> descriptions = new LinkedHashMap<>();
			JsonNode phoneTexts = in.optionalObject(phone, phoneAt, TRANSLATIONS);
			if (phoneTexts != null) {
				for (Map.Entry<String, JsonNode> entry : phoneTexts.properties()) {
					String textAt = phoneAt + "." + TRANSLATIONS + "." + entry.getKey();
					if (in.object(entry.getValue(), textAt)) {
						String description = in.string(entry.getValue(), textAt, "description", false);
						if (description != null) {
							descriptions.put(entry.getKey(), description);
						}
					}
				}
			}
			else {
				String description = in.string(phone, phoneAt, "description", false);
				if (description != null) {
					descriptions.put(standardLocale, description);
				}
			}
			phones.add(new ServiceListingDocument.Phone(in.uuid(phone, phoneAt, "id", true),
					in.string(phone, phoneAt, "number", true), kind, in.bool(phonePortal, phonePortalAt, "hotline"),
					in.bool(phonePortal, phonePortalAt, "around_the_clock"),
					in.bool(phonePortal, phonePortalAt, "sample"), descriptions));
		});
		List<ServiceListingDocument.Hours> hours = new ArrayList<>();
		in.each(node, at, "schedules", (schedule, scheduleAt) -> {
			UUID hoursId = in.uuid(schedule, scheduleAt, "id", true);
			String freq = in.string(schedule, scheduleAt, "freq", true);
			String byday = in.string(schedule, scheduleAt, "byday", true);
			LocalTime opens = in.time(schedule, scheduleAt, "opens_at");
			LocalTime closes = in.time(schedule, scheduleAt, "closes_at");
			JsonNode schedulePortal = in.optionalObject(schedule, scheduleAt, PORTAL);
			boolean sample = in.bool(schedulePortal, scheduleAt + "." + PORTAL, "sample");
			if (freq != null && !"WEEKLY".equals(freq)) {
				problems.add(new HsdsProblem(scheduleAt + ".freq", "hsds.error.schedule-weekly"));
			}
			if (byday != null && !DAYS.contains(byday)) {
				problems.add(new HsdsProblem(scheduleAt + ".byday", "hsds.error.schedule-weekly"));
			}
			else if (byday != null) {
				hours.add(new ServiceListingDocument.Hours(hoursId, DayOfWeek.of(DAYS.indexOf(byday) + 1), opens,
						closes, sample));
			}
		});
		List<ServiceListingDocument.Place> places = new ArrayList<>();
		in.each(node, at, "service_at_locations", (serviceAtLocation, salAt) -> {
			UUID salId = in.uuid(serviceAtLocation, salAt, "id", true);
			JsonNode location = in.optionalObject(serviceAtLocation, salAt, "location");
			String locationAt = salAt + ".location";
			if (location == null) {
				problems.add(new HsdsProblem(locationAt, "hsds.error.required"));
				return;
			}
			UUID locationId = in.uuid(location, locationAt, "id", true);
			JsonNode locationPortal = in.optionalObject(location, locationAt, PORTAL);
			String locationPortalAt = locationAt + "." + PORTAL;
			String[] countryCode = new String[1];
			String[] addressTexts = new String[3];
			in.each(location, locationAt, "addresses", (address, addressAt) -> {
				if (countryCode[0] == null) {
					countryCode[0] = in.string(address, addressAt, "country", true);
					addressTexts[0] = in.string(address, addressAt, "address_1", false);
					addressTexts[1] = in.string(address, addressAt, "city", false);
					addressTexts[2] = in.string(address, addressAt, "state_province", false);
				}
			});
			Map<String, ServiceListingDocument.PlaceText> placeTexts = new LinkedHashMap<>();
			JsonNode locationTexts = in.optionalObject(location, locationAt, TRANSLATIONS);
			if (locationTexts != null) {
				for (Map.Entry<String, JsonNode> entry : locationTexts.properties()) {
					String textAt = locationAt + "." + TRANSLATIONS + "." + entry.getKey();
					JsonNode text = entry.getValue();
					if (in.object(text, textAt)) {
						placeTexts.put(entry.getKey(), new ServiceListingDocument.PlaceText(
								in.string(text, textAt, "name", false), in.string(text, textAt, "address", false),
								in.string(text, textAt, "city", false), in.string(text, textAt, "region", false)));
					}
				}
			}
			else {
				placeTexts.put(standardLocale,
						new ServiceListingDocument.PlaceText(in.string(location, locationAt, "name", false),
								addressTexts[0], addressTexts[1], addressTexts[2]));
			}
			BigDecimal latitude = in.decimal(location, locationAt, "latitude");
			BigDecimal longitude = in.decimal(location, locationAt, "longitude");
			places.add(new ServiceListingDocument.Place(locationId, salId, countryCode[0],
					in.string(locationPortal, locationPortalAt, "place_key", false),
					in.string(locationPortal, locationPortalAt, "region_key", false),
					in.string(locationPortal, locationPortalAt, "postal_code", false), latitude, longitude,
					in.bool(locationPortal, locationPortalAt, "sample"), placeTexts));
		});
		LocalDate assured = null;
		String assuredValue = in.string(node, at, "assured_date", false);
		if (assuredValue != null) {
			try {
				assured = LocalDate.parse(assuredValue);
			}
			catch (DateTimeParseException ex) {
				problems.add(new HsdsProblem(at + ".assured_date", "hsds.error.date-invalid"));
			}
		}
		String assurer = in.string(node, at, "assurer_email", false);
		if (assurer == null) {
			assurer = in.string(portal, portalAt, "assurer", false);
		}
		if (problems.size() > before) {
			return null;
		}
		ServiceListingDocument document = new ServiceListingDocument(id, organizationId, country, status, free,
				in.string(node, at, "email", false), in.string(node, at, "url", false), timeZone, sourceLocale,
				categories, languages, texts, places, phones, hours);
		return new ImportedService(document, (assured != null) ? new Verified(assured, assurer) : null);
	}

	/** Where a rule of a listing document is, in the HSDS shape of the service. */
	static String pathOf(String field) {
		Map<String, String> whole = Map.of("hsdsId", "id", "organizationId", "organization_id", "country",
				"x-portal.country_scope", "timeZone", "x-portal.time_zone", "sourceLocale", "x-portal.source_locale",
				"categories", "attributes");
		if (whole.containsKey(field)) {
			return whole.get(field);
		}
		return field.replaceAll("^locations\\[(\\d+)\\]", "service_at_locations[$1].location")
			.replaceAll("^openingHours", "schedules")
			.replace(".countryCode", ".addresses[0].country")
			.replace(".placeKey", ".x-portal.place_key")
			.replace(".feesDescription", ".fees_description")
			.replace(".eligibility", ".eligibility_description")
			.replace(".kind", ".type")
			.replaceAll("\\.descriptions\\[([a-z-]+)\\]", ".x-translations.$1.description")
			.replaceAll("texts\\[([a-z-]+)\\]", "x-translations.$1");
	}

	/** A stable id for a part HSDS names but the listing does not store. */
	static String derived(String ownerId, String part, String key) {
		return UUID.nameUUIDFromBytes((ownerId + ":" + part + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * Reads typed fields, adding a problem with its path for each missing or wrong one.
	 */
	static final class Reader {

		private final List<HsdsProblem> problems;

		Reader(List<HsdsProblem> problems) {
			this.problems = problems;
		}

		boolean object(JsonNode node, String at) {
			if (node == null || !node.isObject()) {
				this.problems.add(new HsdsProblem(at, "hsds.error.type-object"));
				return false;
			}
			return true;
		}

		JsonNode optionalObject(JsonNode node, String at, String field) {
			JsonNode value = (node != null) ? node.get(field) : null;
			if (value == null || value.isNull()) {
				return null;
			}
			return object(value, at + "." + field) ? value : null;
		}

		String string(JsonNode node, String at, String field, boolean required) {
			JsonNode value = (node != null) ? node.get(field) : null;
			if (value == null || value.isNull()) {
				if (required) {
					this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.required"));
				}
				return null;
			}
			if (!value.isString()) {
				this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.type-string"));
				return null;
			}
			// a \u0000 in JSON is legal but cannot be stored in a PostgreSQL text column
			return ControlCharacters.strip(value.stringValue());
		}

		boolean bool(JsonNode node, String at, String field) {
			JsonNode value = (node != null) ? node.get(field) : null;
			if (value == null || value.isNull()) {
				return false;
			}
			if (!value.isBoolean()) {
				this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.type-boolean"));
				return false;
			}
			return value.booleanValue();
		}

		BigDecimal decimal(JsonNode node, String at, String field) {
			JsonNode value = (node != null) ? node.get(field) : null;
			if (value == null || value.isNull()) {
				return null;
			}
			if (!value.isNumber()) {
				this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.type-number"));
				return null;
			}
			return value.decimalValue();
		}

		UUID uuid(JsonNode node, String at, String field, boolean required) {
			String value = string(node, at, field, required);
			if (value == null) {
				return null;
			}
			try {
				UUID uuid = UUID.fromString(value);
				if (uuid.toString().equals(value.toLowerCase(Locale.ROOT))) {
					return uuid;
				}
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
			this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.uuid"));
			return null;
		}

		LocalTime time(JsonNode node, String at, String field) {
			String value = string(node, at, field, true);
			if (value == null) {
				return null;
			}
			try {
				return LocalTime.parse(value);
			}
			catch (DateTimeParseException ex) {
				this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.time-invalid"));
				return null;
			}
		}

		void each(JsonNode node, String at, String field, Item item) {
			JsonNode value = (node != null) ? node.get(field) : null;
			if (value == null || value.isNull()) {
				return;
			}
			if (!value.isArray()) {
				this.problems.add(new HsdsProblem(at + "." + field, "hsds.error.type-array"));
				return;
			}
			for (int i = 0; i < value.size(); i++) {
				String itemAt = at + "." + field + "[" + i + "]";
				if (object(value.get(i), itemAt)) {
					item.read(value.get(i), itemAt);
				}
			}
		}

	}

	@FunctionalInterface
	interface Item {

		void read(JsonNode node, String at);

	}

}
