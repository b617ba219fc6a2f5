package org.migrantportal.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.migrantportal.shared.Described;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TranslationPaths;
import org.migrantportal.shared.CountryScope;

/**
 * A published service as its public page shows it, in the best available language.
 *
 * @param shownLocale the language of name, description, eligibility and fees
 * @param fallback whether that is not the language asked for
 * @param languages the languages spoken, named in the visitor's language
 * @param openNow whether it is open at this moment; null when its hours are not known
 * @param week opening hours from Monday to Sunday
 * @param paths where its translations are
 */
public record ServiceView(Long id, String name, String description, String eligibility, String feesDescription,
		SiteLocale shownLocale, boolean fallback, boolean awaitingNativeReview, String organizationName,
		String organizationPath, CountryScope country, ServiceStatus status, boolean freeOfCharge,
		List<String> categories, List<String> languages, String email, String url, List<LocationView> locations,
		List<PhoneView> phones, List<DayView> week, boolean hoursSample, Boolean openNow, LocalDate lastVerifiedOn,
		TranslationPaths paths) implements Described {

	@Override
	public String metaDescription() {
		return this.fallback ? null : this.description;
	}

	/**
	 * What the page says about cost: free, fees may apply (only when the record says what
	 * they are), or unknown.
	 */
	public String feeMessageKey() {
		return Fees.messageKey(this.freeOfCharge, this.feesDescription != null && !this.feesDescription.isBlank());
	}

	public boolean temporarilyClosed() {
		return this.status == ServiceStatus.TEMPORARILY_CLOSED;
	}

	/**
	 * A place where the service is offered.
	 *
	 * @param addressLocale the language of name, address and city
	 * @param localAddress the address in the country's own script, when it differs
	 * @param localLocale the language of {@code localAddress}
	 * @param sample whether the address and coordinates are sample data
	 */
	public record LocationView(String name, String address, String city, String region, SiteLocale addressLocale,
			String localAddress, SiteLocale localLocale, BigDecimal latitude, BigDecimal longitude, boolean sample) {

		public boolean hasCoordinates() {
			return this.latitude != null && this.longitude != null;
		}

		/** A {@code geo:} URI that opens the visitor's own map application. */
		public String geoUri() {
			return hasCoordinates() ? "geo:" + this.latitude.toPlainString() + "," + this.longitude.toPlainString()
					: null;
		}

		/** The place on openstreetmap.org, as a plain link. */
		public String openStreetMapUrl() {
			return hasCoordinates() ? "https://www.openstreetmap.org/?mlat=" + this.latitude.toPlainString() + "&mlon="
					+ this.longitude.toPlainString() + "#map=17/" + this.latitude.toPlainString() + "/"
					+ this.longitude.toPlainString() : null;
		}

	}

	/**
	 * A phone number.
	 *
	 * @param description what the number is for, in the best language
	 * @param sample whether the number is sample data
	 */
	public record PhoneView(String number, PhoneKind kind, boolean hotline, boolean aroundTheClock, boolean sample,
			String description) {

		/** The {@code tel:} URI: digits and a leading plus only. */
		public String telUri() {
			return "tel:" + this.number.replaceAll("[^0-9+]", "");
		}

	}

	/**
	 * One weekday's opening hours.
	 *
	 * @param name the weekday's name in the visitor's language
	 * @param periods e.g. {@code 10:00–18:00}; empty when closed all day
	 * @param today whether it is today in the service's time zone
	 */
	public record DayView(String name, List<String> periods, boolean today) {
	}

}
