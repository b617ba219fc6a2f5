package org.migrantportal.directory;

import org.migrantportal.shared.CountryScope;

/**
 * What a visitor filters the services directory by; every part is optional and they
 * combine.
 *
 * @param country Georgia or Armenia (regional services included), or regional ones only
 * @param place a city or region key, e.g. {@code tbilisi}
 * @param category a taxonomy term code, e.g. {@code legal-aid}
 * @param language a language spoken at the service, ISO 639 code, e.g. {@code ru}
 * @param freeOnly only services free of charge
 * @param openNow only services open at this moment in their own time zone
 */
public record ServiceFilter(CountryScope country, String place, String category, String language, boolean freeOnly,
		boolean openNow) {

	public static ServiceFilter none() {
		return new ServiceFilter(null, null, null, null, false, false);
	}

}
