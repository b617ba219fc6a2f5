package org.migrantportal.directory;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.migrantportal.shared.CountryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a published listing document into the relational tables the public site and the
 * HSDS export read, and reads it back from them. Writing replaces every child row of the
 * listing (translations, categories, languages, locations, phones, opening hours) in the
 * caller's transaction, and the directory's entries with them ({@link DirectoryEntries});
 * the root row's facts are the entity's job.
 */
@Component
class ListingTables {

	private final JdbcClient jdbc;

	private final DirectoryEntries entries;

	ListingTables(JdbcClient jdbc, DirectoryEntries entries) {
		this.jdbc = jdbc;
		this.entries = entries;
	}

	void write(long serviceId, ServiceListingDocument document) {
		clear(serviceId);
		document.texts()
			.forEach((locale, text) -> this.jdbc
				.sql("insert into service_listing_translation (service_id, locale, slug, name, description, "
						+ "eligibility, fees_description, awaiting_native_review, translated_from) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(serviceId, locale, text.slug(), text.name(), nonNull(text.description()),
						nonNull(text.eligibility()), nonNull(text.feesDescription()), text.awaitingNativeReview(),
						text.translatedFrom())
				.update());
		this.entries.write(serviceId, document.texts());
		for (String code : document.categories()) {
			this.jdbc
				.sql("insert into service_listing_category (service_id, term_id) "
						+ "select ?, id from taxonomy_term where code = ?")
				.params(serviceId, code)
				.update();
		}
		for (String code : document.languages()) {
			this.jdbc.sql("insert into service_listing_language (service_id, code) values (?, ?)")
				.params(serviceId, code)
				.update();
		}
		int position = 0;
		for (ServiceListingDocument.Place place : document.locations()) {
			long locationId = this.jdbc
				.sql("insert into service_location (hsds_id, service_at_location_hsds_id, service_id, country_code, "
						+ "place_key, region_key, postal_code, latitude, longitude, sample, position) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
				.params(place.hsdsId(), place.serviceAtLocationId(), serviceId, place.countryCode(), place.placeKey(),
						place.regionKey(), place.postalCode(), place.latitude(), place.longitude(), place.sample(),
						position++)
				.query(Long.class)
				.single();
			place.texts()
				.forEach((locale, text) -> this.jdbc
					.sql("insert into service_location_translation (location_id, locale, name, address, city, region) "
							+ "values (?, ?, ?, ?, ?, ?)")
					.params(locationId, locale, nonNull(text.name()), nonNull(text.address()), nonNull(text.city()),
							nonNull(text.region()))
					.update());
		}
		position = 0;
		for (ServiceListingDocument.Phone phone : document.phones()) {
			long phoneId = this.jdbc
				.sql("insert into service_phone (hsds_id, service_id, number, kind, hotline, around_the_clock, sample, "
						+ "position) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
				.params(phone.hsdsId(), serviceId, phone.number(), phone.kind().name(), phone.hotline(),
						phone.aroundTheClock(), phone.sample(), position++)
				.query(Long.class)
				.single();
			phone.descriptions()
				.forEach((locale, description) -> this.jdbc
					.sql("insert into service_phone_translation (phone_id, locale, description) values (?, ?, ?)")
					.params(phoneId, locale, nonNull(description))
					.update());
		}
		for (ServiceListingDocument.Hours hours : document.openingHours()) {
			this.jdbc
				.sql("insert into service_opening_hours (hsds_id, service_id, weekday, opens_at, closes_at, sample) "
						+ "values (?, ?, ?, ?, ?, ?)")
				.params(hours.hsdsId(), serviceId, hours.day().getValue(), Time.valueOf(hours.opensAt()),
						Time.valueOf(hours.closesAt()), hours.sample())
				.update();
		}
	}

	/** Removes every child row of a listing: it is no longer published, or is purged. */
	void clear(long serviceId) {
		this.entries.clear(serviceId);
		this.jdbc
			.sql("delete from service_location_translation where location_id in "
					+ "(select id from service_location where service_id = ?)")
			.param(serviceId)
			.update();
		this.jdbc
			.sql("delete from service_phone_translation where phone_id in "
					+ "(select id from service_phone where service_id = ?)")
			.param(serviceId)
			.update();
		for (String table : List.of("service_location", "service_phone", "service_opening_hours",
				"service_listing_language", "service_listing_category", "service_listing_translation")) {
			this.jdbc.sql("delete from " + table + " where service_id = ?").param(serviceId).update();
		}
	}

	/** The published document of a listing, as the tables hold it. */
	ServiceListingDocument read(ServiceListing listing) {
		long id = listing.getId();
		Map<String, ServiceListingDocument.Text> texts = new LinkedHashMap<>();
		this.jdbc
			.sql("select locale, slug, name, description, eligibility, fees_description, awaiting_native_review, "
					+ "translated_from from service_listing_translation where service_id = ? order by locale")
			.param(id)
			.query((rs, row) -> texts.put(rs.getString("locale"),
					new ServiceListingDocument.Text(rs.getString("slug"), rs.getString("name"),
							rs.getString("description"), rs.getString("eligibility"), rs.getString("fees_description"),
							rs.getBoolean("awaiting_native_review"), rs.getString("translated_from"))))
			.list();
		List<String> categories = this.jdbc
			.sql("select t.code from service_listing_category c join taxonomy_term t on t.id = c.term_id "
					+ "where c.service_id = ? order by t.code")
			.param(id)
			.query(String.class)
			.list();
		List<String> languages = this.jdbc
			.sql("select code from service_listing_language where service_id = ? order by code")
			.param(id)
			.query(String.class)
			.list();
		List<ServiceListingDocument.Place> places = new ArrayList<>();
		this.jdbc
			.sql("select id, hsds_id, service_at_location_hsds_id, country_code, place_key, region_key, postal_code, "
					+ "latitude, longitude, sample from service_location where service_id = ? order by position, id")
			.param(id)
			.query((rs, row) -> {
				long locationId = rs.getLong("id");
				Map<String, ServiceListingDocument.PlaceText> placeTexts = new LinkedHashMap<>();
				this.jdbc
					.sql("select locale, name, address, city, region from service_location_translation "
							+ "where location_id = ? order by locale")
					.param(locationId)
					.query((trs, trow) -> placeTexts.put(trs.getString("locale"),
							new ServiceListingDocument.PlaceText(trs.getString("name"), trs.getString("address"),
									trs.getString("city"), trs.getString("region"))))
					.list();
				return places.add(new ServiceListingDocument.Place(rs.getObject("hsds_id", UUID.class),
						rs.getObject("service_at_location_hsds_id", UUID.class), rs.getString("country_code"),
						rs.getString("place_key"), rs.getString("region_key"), rs.getString("postal_code"),
						rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getBoolean("sample"),
						placeTexts));
			})
			.list();
		List<ServiceListingDocument.Phone> phones = new ArrayList<>();
		this.jdbc
			.sql("select id, hsds_id, number, kind, hotline, around_the_clock, sample from service_phone "
					+ "where service_id = ? order by position, id")
			.param(id)
			.query((rs, row) -> {
				Map<String, String> descriptions = new LinkedHashMap<>();
				this.jdbc
					.sql("select locale, description from service_phone_translation where phone_id = ? order by locale")
					.param(rs.getLong("id"))
					.query((trs, trow) -> descriptions.put(trs.getString("locale"), trs.getString("description")))
					.list();
				return phones.add(new ServiceListingDocument.Phone(rs.getObject("hsds_id", UUID.class),
						rs.getString("number"), PhoneKind.valueOf(rs.getString("kind")), rs.getBoolean("hotline"),
						rs.getBoolean("around_the_clock"), rs.getBoolean("sample"), descriptions));
			})
			.list();
		List<ServiceListingDocument.Hours> hours = this.jdbc
			.sql("select hsds_id, weekday, opens_at, closes_at, sample from service_opening_hours where service_id = ? "
					+ "order by weekday, opens_at, closes_at, id")
			.param(id)
			.query((rs, row) -> new ServiceListingDocument.Hours(rs.getObject("hsds_id", UUID.class),
					DayOfWeek.of(rs.getInt("weekday")), rs.getObject("opens_at", LocalTime.class),
					rs.getObject("closes_at", LocalTime.class), rs.getBoolean("sample")))
			.list();
		CountryScope country = listing.getCountryScope();
		return new ServiceListingDocument(listing.getHsdsId(), listing.getOrganizationId(), country,
				listing.getStatus(), listing.isFreeOfCharge(), listing.getEmail(), listing.getUrl(),
				listing.getTimeZone(), listing.getSourceLocale(), categories, languages, texts, places, phones, hours);
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
