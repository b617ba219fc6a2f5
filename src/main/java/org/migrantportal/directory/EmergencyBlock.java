package org.migrantportal.directory;

import java.util.List;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * The emergency numbers and hotlines every public page shows, for the countries the
 * visitor picked (or their language suggests), in their language.
 *
 * @param chosen the country the visitor picked with {@code ?country=}, or null
 * @param countries the countries shown, each with its numbers, in order
 */
public record EmergencyBlock(CountryScope chosen, List<CountryNumbers> countries) {

	/** The query parameter value that picks a country: {@code ge} or {@code am}. */
	public static String code(CountryScope country) {
		return switch (country) {
			case GEORGIA -> "ge";
			case ARMENIA -> "am";
			case BOTH -> null;
		};
	}

	/**
	 * The country a {@code ?country=} value picks, or null for none or an unknown one.
	 */
	public static CountryScope parse(String code) {
		if (code == null) {
			return null;
		}
		for (CountryScope country : List.of(CountryScope.GEORGIA, CountryScope.ARMENIA)) {
			if (code(country).equalsIgnoreCase(code.strip())) {
				return country;
			}
		}
		return null;
	}

	/** The countries a visitor can pick, as the block's links offer them. */
	public List<Choice> choices() {
		return List.of(CountryScope.GEORGIA, CountryScope.ARMENIA)
			.stream()
			.map((country) -> new Choice(country, code(country), country == this.chosen))
			.toList();
	}

	/** The {@code ?country=} value of the country the visitor picked, or null. */
	public String chosenCode() {
		return (this.chosen != null) ? code(this.chosen) : null;
	}

	public boolean isEmpty() {
		return this.countries.stream().allMatch((country) -> country.numbers().isEmpty());
	}

	/** A country the visitor can pick, and whether they did. */
	public record Choice(CountryScope country, String code, boolean current) {

	}

	/** One country's numbers. */
	public record CountryNumbers(CountryScope country, String code, List<EmergencyNumber> numbers) {

	}

	/**
	 * One number to call.
	 *
	 * @param name the contact's name, e.g. "Emergency services"
	 * @param label what this number is for, or null
	 * @param shownLocale the language of name and label
	 */
	public record EmergencyNumber(String number, String telUri, String name, String label, SiteLocale shownLocale,
			boolean emergency, boolean aroundTheClock, boolean freeOfCharge) {

	}

}
