package org.migrantportal.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

/** A staff member of IOM or a partner organization who works in the back-office. */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StaffRole role;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Column(name = "organization_id")
	private Long organizationId;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "ui_locale")
	private String uiLocale;

	@Column(name = "review_mail", nullable = false)
	private boolean reviewMail = true;

	@Column(name = "translation_locales")
	private String translationLocales;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, StaffRole role, CountryScope countryScope,
			Long organizationId, Instant now) {
		this.email = normalizeEmail(email);
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
		this.countryScope = countryScope;
		this.organizationId = organizationId;
		this.passwordChangedAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	static String normalizeEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	void change(String displayName, StaffRole role, CountryScope countryScope, Long organizationId, Instant now) {
		this.displayName = displayName;
		this.role = role;
		this.countryScope = countryScope;
		this.organizationId = organizationId;
		this.updatedAt = now;
	}

	void setTranslationLocales(Set<String> locales) {
		this.translationLocales = (locales == null || locales.isEmpty()) ? null
				: String.join(",", new TreeSet<>(locales));
	}

	Set<String> getTranslationLocales() {
		return (this.translationLocales == null || this.translationLocales.isBlank()) ? Set.of()
				: Set.of(this.translationLocales.split(","));
	}

	void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.updatedAt = now;
	}

	/**
	 * The same password hashed with today's settings: not a change of password, so the
	 * date of the last change stays.
	 */
	void rehash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void chooseLocale(String tag, Instant now) {
		this.uiLocale = tag;
		this.updatedAt = now;
	}

	void loggedIn(Instant now) {
		this.lastLoginAt = now;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	StaffRole getRole() {
		return this.role;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	String getUiLocale() {
		return this.uiLocale;
	}

	boolean isReviewMail() {
		return this.reviewMail;
	}

	void chooseReviewMail(boolean wanted, Instant now) {
		this.reviewMail = wanted;
		this.updatedAt = now;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	long getVersion() {
		return this.version;
	}

}
