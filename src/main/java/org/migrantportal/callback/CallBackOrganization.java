package org.migrantportal.callback;

import org.migrantportal.shared.CountryScope;

/**
 * An organization a visitor may ask for a call back, with its name in the visitor's
 * language and how many days it keeps a request.
 */
public record CallBackOrganization(Long id, String name, CountryScope country, int retentionDays) {

	/** Whether it works in the given country (regional ones work in both). */
	public boolean worksIn(CountryScope visitorCountry) {
		return this.country == CountryScope.BOTH || this.country == visitorCountry;
	}

}
