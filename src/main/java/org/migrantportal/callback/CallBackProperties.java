package org.migrantportal.callback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of call-back requests ({@code portal.callback.*}).
 *
 * @param key the passphrase requests are encrypted under ({@code PORTAL_CALLBACK_KEY});
 * empty means the service is not offered
 * @param previousKey the passphrase before the last change of {@code key}
 * ({@code PORTAL_CALLBACK_PREVIOUS_KEY}): requests sealed under it can still be read
 * until their retention ends; new ones are sealed under {@code key} only. Empty for none
 * @param defaultRetentionDays how long an organization keeps requests until an admin sets
 * another period
 * @param maxTopicLength the most characters a visitor's topic may have
 */
@ConfigurationProperties("portal.callback")
@Validated
public record CallBackProperties(@DefaultValue("") String key, @DefaultValue("") String previousKey,
		@DefaultValue("30") @Min(1) @Max(CallBackProperties.MAX_RETENTION_DAYS) int defaultRetentionDays,
		@DefaultValue("300") @Min(20) @Max(2000) int maxTopicLength) {

	/** The longest retention an admin may set, as the table's check allows. */
	public static final int MAX_RETENTION_DAYS = 365;

	public CallBackProperties {
		key = (key != null) ? key.strip() : "";
		previousKey = (previousKey != null) ? previousKey.strip() : "";
	}

	/** Whether a key is configured, so requests can be taken. */
	public boolean available() {
		return !this.key.isEmpty();
	}

}
