package org.migrantportal.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits per client network ({@code portal.rate-limit.*}).
 *
 * @param searchPerMinute searches a client network may make a minute
 * @param postsPerMinute public form posts a client network may make a minute
 * @param auditEvery how often at most one kind of refusal from one client network is
 * written to the audit trail
 */
@ConfigurationProperties("portal.rate-limit")
@Validated
record RateLimitProperties(@DefaultValue("60") @Positive int searchPerMinute,
		@DefaultValue("10") @Positive int postsPerMinute,
		@DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration auditEvery) {

}
