package org.migrantportal.directory;

import java.util.Map;

import org.migrantportal.shared.CountryScope;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the help contacts.
 *
 * @param countryOfLanguage the country whose emergency numbers a visitor of a language
 * sees first when they have not picked one
 * ({@code portal.help.country-of-language.hy=ARMENIA}); a language not named shows every
 * country
 */
@ConfigurationProperties("portal.help")
@Validated
public record HelpProperties(Map<String, CountryScope> countryOfLanguage) {

	public HelpProperties {
		countryOfLanguage = (countryOfLanguage != null) ? Map.copyOf(countryOfLanguage) : Map.of();
	}

}
