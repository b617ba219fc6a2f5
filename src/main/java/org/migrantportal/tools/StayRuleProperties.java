package org.migrantportal.tools;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The short-stay rule the stay calculator applies ({@code portal.tools.stay.*}): at most
 * {@code maxDays} days of stay in any period of {@code windowDays} days, the regime's
 * name (a message key) and its official source; plus the limits on what a visitor may
 * enter.
 *
 * @param name message key of the regime's name
 * @param maxDays the most days of stay allowed in any window
 * @param windowDays the length of the window in days, the check date included
 * @param sourceUrl the official page describing the rule
 * @param maxRows the most stays a visitor may enter
 * @param maxYearsAway how far from the check date a date may lie
 */
@ConfigurationProperties("portal.tools.stay")
public record StayRuleProperties(@DefaultValue("tools.stay.regime.schengen") String name,
		@DefaultValue("90") int maxDays, @DefaultValue("180") int windowDays,
		@DefaultValue("https://home-affairs.ec.europa.eu/policies/schengen-borders-and-visa/border-crossing_en") URI sourceUrl,
		@DefaultValue("20") int maxRows, @DefaultValue("10") int maxYearsAway) {

	public StayRuleProperties {
		if (maxDays < 1 || windowDays < maxDays) {
			throw new IllegalArgumentException("the window must be at least as long as the allowed stay");
		}
	}

	/** The calculator for this rule. */
	public StayCalculator calculator() {
		return new StayCalculator(this.maxDays, this.windowDays);
	}

}
