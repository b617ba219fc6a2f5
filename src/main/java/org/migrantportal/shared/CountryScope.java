package org.migrantportal.shared;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The country a piece of content, a news item or a service is about: Georgia, Armenia, or
 * both (regional).
 */
public enum CountryScope {

	GEORGIA("Asia/Tbilisi"), ARMENIA("Asia/Yerevan"), BOTH("Asia/Tbilisi");

	private final ZoneId zone;

	CountryScope(String zone) {
		this.zone = ZoneId.of(zone);
	}

	/** The time zone dates and opening hours of this country are given in. */
	public ZoneId zone() {
		return this.zone;
	}

	/** The message key of the country's name, e.g. {@code country.georgia}. */
	public String messageKey() {
		return "country." + name().toLowerCase(Locale.ROOT);
	}

	public static Optional<CountryScope> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (CountryScope scope : values()) {
			if (scope.name().equalsIgnoreCase(value.trim())) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

}
