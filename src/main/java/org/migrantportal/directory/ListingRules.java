package org.migrantportal.directory;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rules every listing document keeps, whoever writes it (an editor, the initial data,
 * an HSDS import): every problem is collected, so one answer lists them all.
 */
@Component
class ListingRules {

	static final int MAX_NAME = 300;

	static final int MAX_DESCRIPTION = 8000;

	static final int MAX_ELIGIBILITY = 2000;

	static final int MAX_FEES = 1000;

	static final int MAX_EMAIL = 254;

	static final int MAX_URL = 500;

	static final int MAX_ADDRESS = 500;

	static final int MAX_PHONE = 40;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,190}\\.[^\\s@]{2,63}");

	private static final Pattern URL = Pattern.compile("https?://[^\\s]{3,490}");

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{2,38}");

	private final SiteLocales siteLocales;

	private final JdbcClient jdbc;

	ListingRules(SiteLocales siteLocales, JdbcClient jdbc) {
		this.siteLocales = siteLocales;
		this.jdbc = jdbc;
	}

	/**
	 * Every problem of a document; {@code serviceId} is the listing it belongs to (null
	 * for a new one), so its own slugs are not taken.
	 */
	List<ListingProblem> check(ServiceListingDocument document, Long serviceId) {
		List<ListingProblem> problems = new ArrayList<>();
		if (document.hsdsId() == null) {
			problems.add(new ListingProblem("hsdsId", "directory.error.id-missing"));
		}
		if (document.organizationId() == null || !organizationExists(document.organizationId())) {
			problems.add(new ListingProblem("organizationId", "directory.error.organization-unknown"));
		}
		if (document.country() == null) {
			problems.add(new ListingProblem("country", "directory.error.country-required"));
		}
		if (document.status() == null) {
			problems.add(new ListingProblem("status", "directory.error.status-required"));
		}
		if (!validZone(document.timeZone())) {
			problems.add(new ListingProblem("timeZone", "directory.error.time-zone-invalid"));
		}
		if (present(document.email())
				&& (document.email().length() > MAX_EMAIL || !EMAIL.matcher(document.email()).matches())) {
			problems.add(new ListingProblem("email", "directory.error.email-invalid"));
		}
		if (present(document.url()) && (document.url().length() > MAX_URL || !URL.matcher(document.url()).matches())) {
			problems.add(new ListingProblem("url", "directory.error.url-invalid"));
		}
		checkTexts(document, serviceId, problems);
		Set<String> known = new HashSet<>(this.jdbc.sql("select code from taxonomy_term").query(String.class).list());
		for (String category : document.categories()) {
			if (!known.contains(category)) {
				problems.add(new ListingProblem("categories", "directory.error.category-unknown"));
			}
		}
		if (document.languages().size() > 20 || document.languages()
			.stream()
			.anyMatch((code) -> code == null || !LANGUAGE.matcher(code).matches())) {
			problems.add(new ListingProblem("languages", "directory.error.language-invalid"));
		}
		for (int i = 0; i < document.locations().size(); i++) {
			checkPlace(document, document.locations().get(i), "locations[" + i + "]", problems);
		}
		for (int i = 0; i < document.phones().size(); i++) {
			checkPhone(document.phones().get(i), "phones[" + i + "]", problems);
		}
		for (int i = 0; i < document.openingHours().size(); i++) {
			ServiceListingDocument.Hours hours = document.openingHours().get(i);
			if (hours.hsdsId() == null || hours.day() == null || hours.opensAt() == null || hours.closesAt() == null) {
				problems.add(new ListingProblem("openingHours[" + i + "]", "directory.error.hours-invalid"));
			}
		}
		return problems;
	}

	/** Throws when a document breaks a rule. */
	void require(ServiceListingDocument document, Long serviceId) {
		List<ListingProblem> problems = check(document, serviceId);
		if (!problems.isEmpty()) {
			throw new ListingRuleException(problems);
		}
	}

	private void checkTexts(ServiceListingDocument document, Long serviceId, List<ListingProblem> problems) {
		if (document.sourceLocale() == null || !document.texts().containsKey(document.sourceLocale())) {
			problems.add(new ListingProblem("sourceLocale", "directory.error.source-text-missing"));
		}
		document.texts().forEach((locale, text) -> {
			String at = "texts[" + locale + "]";
			if (this.siteLocales.find(locale).isEmpty()) {
				problems.add(new ListingProblem(at, "directory.error.locale-unknown"));
				return;
			}
			if (text.name() == null || text.name().isBlank() || text.name().length() > MAX_NAME) {
				problems.add(new ListingProblem(at + ".name", "directory.error.name-invalid"));
			}
			if (!Slugs.isValid(text.slug())) {
				problems.add(new ListingProblem(at + ".slug", "directory.error.slug-invalid"));
			}
			else if (slugTaken(locale, text.slug(), serviceId)) {
				problems.add(new ListingProblem(at + ".slug", "directory.error.slug-taken"));
			}
			if (length(text.description()) > MAX_DESCRIPTION) {
				problems.add(new ListingProblem(at + ".description", "directory.error.description-too-long"));
			}
			if (length(text.eligibility()) > MAX_ELIGIBILITY) {
				problems.add(new ListingProblem(at + ".eligibility", "directory.error.eligibility-too-long"));
			}
			if (length(text.feesDescription()) > MAX_FEES) {
				problems.add(new ListingProblem(at + ".feesDescription", "directory.error.fees-too-long"));
			}
		});
	}

	private void checkPlace(ServiceListingDocument document, ServiceListingDocument.Place place, String at,
			List<ListingProblem> problems) {
		if (place.hsdsId() == null || place.serviceAtLocationId() == null) {
			problems.add(new ListingProblem(at, "directory.error.id-missing"));
		}
		boolean countryFits = ("GE".equals(place.countryCode()) && document.country() != CountryScope.ARMENIA)
				|| ("AM".equals(place.countryCode()) && document.country() != CountryScope.GEORGIA);
		if (!countryFits) {
			problems.add(new ListingProblem(at + ".countryCode", "directory.error.location-country"));
		}
		if ((place.placeKey() != null && !KEY.matcher(place.placeKey()).matches())
				|| (place.regionKey() != null && !KEY.matcher(place.regionKey()).matches())) {
			problems.add(new ListingProblem(at + ".placeKey", "directory.error.place-key-invalid"));
		}
		if ((place.latitude() == null) != (place.longitude() == null) || outside(place.latitude(), 90)
				|| outside(place.longitude(), 180)) {
			problems.add(new ListingProblem(at + ".latitude", "directory.error.coordinates-invalid"));
		}
		place.texts().forEach((locale, text) -> {
			if (this.siteLocales.find(locale).isEmpty() || length(text.address()) > MAX_ADDRESS
					|| length(text.name()) > MAX_NAME || length(text.city()) > 120 || length(text.region()) > 120) {
				problems.add(new ListingProblem(at + ".texts[" + locale + "]", "directory.error.address-invalid"));
			}
		});
	}

	private void checkPhone(ServiceListingDocument.Phone phone, String at, List<ListingProblem> problems) {
		if (phone.hsdsId() == null) {
			problems.add(new ListingProblem(at, "directory.error.id-missing"));
		}
		if (phone.number() == null || phone.number().length() > MAX_PHONE || !PHONE.matcher(phone.number()).matches()) {
			problems.add(new ListingProblem(at + ".number", "directory.error.phone-invalid"));
		}
		if (phone.kind() == null) {
			problems.add(new ListingProblem(at + ".kind", "directory.error.phone-kind-required"));
		}
		phone.descriptions().forEach((locale, description) -> {
			if (this.siteLocales.find(locale).isEmpty() || length(description) > 300) {
				problems.add(new ListingProblem(at + ".descriptions[" + locale + "]",
						"directory.error.phone-description-invalid"));
			}
		});
	}

	private boolean organizationExists(Long organizationId) {
		return this.jdbc.sql("select count(*) from organization where id = ? and deleted_at is null")
			.param(organizationId)
			.query(Long.class)
			.single() > 0;
	}

	private boolean slugTaken(String locale, String slug, Long serviceId) {
		return this.jdbc
			.sql("select count(*) from service_listing_translation where locale = ? and slug = ? "
					+ "and service_id <> coalesce(?, -1)")
			.params(locale, slug, serviceId)
			.query(Long.class)
			.single() > 0;
	}

	private static boolean validZone(String zone) {
		if (zone == null || zone.isBlank()) {
			return false;
		}
		try {
			ZoneId.of(zone);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static boolean outside(BigDecimal coordinate, int limit) {
		return coordinate != null && coordinate.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static int length(String value) {
		return (value != null) ? value.length() : 0;
	}

}
