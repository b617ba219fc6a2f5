package org.migrantportal.editorial;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * An admin switched four eyes on or off for a country.
 *
 * @param required whether someone other than the last editor must publish now
 */
public record FourEyesChanged(CountryScope country, boolean required, Long actorId, String actorEmail, Instant at) {
}
