package org.migrantportal.accounts;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of staff accounts: the first admin created at start ({@code portal.admin.*}),
 * the login throttle ({@code portal.login.throttle.*}), the second factor
 * ({@code portal.mfa.*}) and forgotten-password links ({@code portal.password-reset.*}).
 *
 * @param admin the first admin
 * @param login how failed logins are limited
 * @param mfa the second factor
 * @param passwordReset the links to set a new password
 * @param session how long a back-office session may last
 */
@ConfigurationProperties("portal")
@Validated
record AccountsProperties(@Valid @DefaultValue Admin admin, @Valid @DefaultValue Login login,
		@Valid @DefaultValue SessionLimits session, @Valid @DefaultValue Mfa mfa,
		@Valid @DefaultValue PasswordReset passwordReset) {

	/**
	 * The first admin, created when no enabled admin exists. No default: without both,
	 * nobody is created.
	 *
	 * @param email the admin's e-mail ({@code PORTAL_ADMIN_EMAIL})
	 * @param password the admin's passphrase ({@code PORTAL_ADMIN_PASSWORD})
	 */
	record Admin(@Email String email, String password) {

		Admin {
			email = (email != null) ? email.strip() : "";
			password = (password != null) ? password : "";
		}

		boolean isConfigured() {
			return StringUtils.hasText(this.email) && StringUtils.hasText(this.password);
		}

		@Override
		public String toString() {
			// a failure report or a debug log must never print the passphrase
			return "Admin[email=" + this.email + ", password=" + (this.password.isEmpty() ? "" : "******") + "]";
		}

	}

	/**
	 * Logins.
	 *
	 * @param throttle the limits on failed logins
	 */
	record Login(@Valid @DefaultValue Throttle throttle) {

	}

	/**
	 * Failed logins allowed per account and per client network before logins are refused
	 * with 429: for the first wait after the last allowed failure, then twice as long
	 * after each further failure, up to the longest wait.
	 *
	 * @param window how long a failure counts
	 * @param perAccount failures allowed per e-mail typed
	 * @param perClient failures allowed per client network
	 * @param firstWait the wait once the failures allowed are used up
	 * @param longestWait the most any wait can grow to
	 */
	record Throttle(@DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration window,
			@DefaultValue("5") @Positive int perAccount, @DefaultValue("20") @Positive int perClient,
			@DefaultValue("PT30S") @NotNull @DurationMin(seconds = 1) Duration firstWait,
			@DefaultValue("PT15M") @NotNull @DurationMin(seconds = 1) Duration longestWait) {

	}

	/**
	 * Back-office sessions end after {@code spring.session.timeout} idle, and in any case
	 * this long after login; an account has at most {@code perAccount} sessions at once
	 * (a laptop, a phone and one more): a further login ends the one used longest ago.
	 *
	 * @param absoluteLifetime the longest a session lasts
	 * @param perAccount the most sessions one account has at once
	 * ({@code PORTAL_SESSIONS_PER_ACCOUNT})
	 */
	record SessionLimits(@DefaultValue("PT12H") @NotNull @DurationMin(minutes = 1) Duration absoluteLifetime,
			@DefaultValue("3") @Positive int perAccount) {

	}

	/**
	 * The second factor (TOTP).
	 *
	 * @param required whether admins and reviewers must enrol one before anything else
	 * ({@code PORTAL_MFA_REQUIRED}; false only for local demos and tests)
	 * @param key the key the secrets are encrypted with ({@code PORTAL_MFA_KEY}); empty
	 * means a built-in key, which protects nothing against someone who has the database
	 */
	record Mfa(@DefaultValue("true") boolean required, String key) {

		Mfa {
			key = (key != null) ? key : "";
		}

		@Override
		public String toString() {
			return "Mfa[required=" + this.required + ", key=" + (this.key.isEmpty() ? "" : "******") + "]";
		}

	}

	/**
	 * Links to set a new password, e-mailed after "Forgot your password?".
	 *
	 * @param lifetime how long a link works: a minute to an hour, since a link left in a
	 * mailbox longer is a password anyone who reads the mail can use
	 * @param from the sender of the e-mail
	 * @param baseUrl where the links start ({@code PORTAL_BASE_URL}, never the Host of a
	 * request); while empty, no link is sent
	 */
	record PasswordReset(
			@DefaultValue("PT30M") @NotNull @DurationMin(minutes = 1) @DurationMax(minutes = 60) Duration lifetime,
			@DefaultValue("no-reply@localhost") String from, @URL String baseUrl) {

		PasswordReset {
			baseUrl = (baseUrl != null) ? StringUtils.trimTrailingCharacter(baseUrl.strip(), '/') : "";
		}

	}

}
