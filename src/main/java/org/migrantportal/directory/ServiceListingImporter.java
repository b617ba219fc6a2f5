package org.migrantportal.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.shared.InitialImports;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the initial service listings ({@code content/services/<key>.yml}) at start: a
 * listing the database does not have yet is created and published through the same store
 * editors use, never overwriting one that exists. Its HSDS ids are derived from its key,
 * so every installation gives a listing the same ids. Texts in languages the portal does
 * not run are left out, and so are places, phones and hours flagged {@code sample: true}
 * unless demo data is on ({@link DemoData}).
 */
@Component
@Order(30)
class ServiceListingImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ServiceListingImporter.class);

	private final ServiceListingRepository listings;

	private final ListingStore store;

	private final SiteLocales siteLocales;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final DemoData demoData;

	private final InitialImports imports;

	ServiceListingImporter(ServiceListingRepository listings, ListingStore store, SiteLocales siteLocales,
			JdbcClient jdbc, TransactionTemplate transactions, DemoData demoData, InitialImports imports) {
		this.demoData = demoData;
		this.imports = imports;
		this.listings = listings;
		this.store = store;
		this.siteLocales = siteLocales;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		// which languages' texts are imported, and whether sample listings are
		String settings = "demo=" + this.demoData.on() + " locales=" + this.siteLocales.all();
		this.imports.importUnlessUnchanged("services", "services", this, settings, this::importAll);
	}

	private void importAll() {
		int added = 0;
		try {
			for (Resource file : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:content/services/*.yml")) {
				String key = file.getFilename().replaceFirst("\\.yml$", "");
				Map<String, Object> data = FrontMatterDocument.readYaml(file);
				Boolean created = this.transactions.execute((status) -> importListing(key, data));
				added += Boolean.TRUE.equals(created) ? 1 : 0;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content/services", ex);
		}
		logger.info("Initial services: {} new listings imported", added);
	}

	private boolean importListing(String key, Map<String, Object> data) {
		if (this.listings.findByContentKey(key).isPresent()) {
			return false;
		}
		ServiceListingDocument document = document(key, data);
		if (!this.demoData.on()) {
			document = document.withoutSamples();
		}
		if (!document.texts().containsKey(document.sourceLocale())) {
			logger.warn("Initial service {} is not imported: its source language is not one of the portal's", key);
			return false;
		}
		ServiceListing listing = this.store.create(key, document, null, "initial data");
		this.store.publish(listing, null);
		return true;
	}

	ServiceListingDocument document(String key, Map<String, Object> data) {
		Long organizationId = this.jdbc.sql("select id from organization where content_key = ?")
			.param(text(data, "organization"))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException(key + " names an unknown organization"));
		Map<String, ServiceListingDocument.Text> texts = new LinkedHashMap<>();
		map(data, "texts").forEach((locale, value) -> {
			if (this.siteLocales.find(locale).isPresent()) {
				Map<String, Object> text = asMap(value);
				texts.put(locale,
						new ServiceListingDocument.Text(text(text, "slug"), text(text, "name"),
								text(text, "description"), text(text, "eligibility"), text(text, "fees"),
								flag(text, "awaiting-native-review"), text(text, "translated-from")));
			}
		});
		List<ServiceListingDocument.Place> places = new ArrayList<>();
		List<Map<String, Object>> locations = list(data, "locations");
		for (int i = 0; i < locations.size(); i++) {
			Map<String, Object> place = locations.get(i);
			Map<String, ServiceListingDocument.PlaceText> placeTexts = new LinkedHashMap<>();
			map(place, "texts").forEach((locale, value) -> {
				if (this.siteLocales.find(locale).isPresent()) {
					Map<String, Object> text = asMap(value);
					placeTexts.put(locale, new ServiceListingDocument.PlaceText(text(text, "name"),
							text(text, "address"), text(text, "city"), text(text, "region")));
				}
			});
			places.add(new ServiceListingDocument.Place(id(key, "location", i), id(key, "service-at-location", i),
					text(place, "country"), text(place, "place"), text(place, "region"), text(place, "postal-code"),
					decimal(place, "latitude"), decimal(place, "longitude"), flag(place, "sample"), placeTexts));
		}
		List<ServiceListingDocument.Phone> phones = new ArrayList<>();
		List<Map<String, Object>> phoneData = list(data, "phones");
		for (int i = 0; i < phoneData.size(); i++) {
			Map<String, Object> phone = phoneData.get(i);
			Map<String, String> descriptions = new LinkedHashMap<>();
			map(phone, "descriptions").forEach((locale, value) -> {
				if (this.siteLocales.find(locale).isPresent()) {
					descriptions.put(locale, String.valueOf(value));
				}
			});
			phones.add(new ServiceListingDocument.Phone(id(key, "phone", i), text(phone, "number"),
					PhoneKind.valueOf(text(phone, "kind")), flag(phone, "hotline"), flag(phone, "around-the-clock"),
					flag(phone, "sample"), descriptions));
		}
		List<ServiceListingDocument.Hours> hours = new ArrayList<>();
		for (Map<String, Object> period : list(data, "opening-hours")) {
			for (Object day : (List<?>) period.get("days")) {
				hours.add(new ServiceListingDocument.Hours(id(key, "hours-" + day + "-" + period.get("opens"), 0),
						DayOfWeek.valueOf(day.toString()), LocalTime.parse(text(period, "opens")),
						LocalTime.parse(text(period, "closes")), flag(period, "sample")));
			}
		}
		return new ServiceListingDocument(id(key, "service", 0), organizationId,
				CountryScope.valueOf(text(data, "country")), ServiceStatus.valueOf(text(data, "status")),
				flag(data, "free-of-charge"), text(data, "email"), text(data, "url"), text(data, "time-zone"),
				text(data, "source-locale"), strings(data, "categories"), strings(data, "languages"), texts, places,
				phones, hours);
	}

	/** The same id for the same part of the same listing, on every installation. */
	private static UUID id(String key, String part, int index) {
		return UUID.nameUUIDFromBytes(("service:" + key + ":" + part + ":" + index).getBytes(StandardCharsets.UTF_8));
	}

	private static String text(Map<String, Object> data, String name) {
		Object value = data.get(name);
		return (value != null) ? value.toString() : null;
	}

	private static boolean flag(Map<String, Object> data, String name) {
		return Boolean.TRUE.equals(data.get(name));
	}

	private static BigDecimal decimal(Map<String, Object> data, String name) {
		Object value = data.get(name);
		return (value != null) ? new BigDecimal(value.toString()) : null;
	}

	private static List<String> strings(Map<String, Object> data, String name) {
		Object value = data.get(name);
		return (value instanceof List<?> values) ? values.stream().map(Object::toString).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> data, String name) {
		Object value = data.get(name);
		return (value instanceof List<?> values) ? (List<Map<String, Object>>) values : List.of();
	}

	private static Map<String, Object> map(Map<String, Object> data, String name) {
		Object value = data.get(name);
		return (value != null) ? asMap(value) : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object value) {
		if (!(value instanceof Map<?, ?>)) {
			throw new IllegalStateException("Expected a mapping in an initial service, found " + value);
		}
		return (Map<String, Object>) value;
	}

}
