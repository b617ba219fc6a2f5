package org.migrantportal.directory;

import java.time.Instant;

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

/** A hotline, office or service a person can turn to: the language-neutral facts. */
@Entity
@Table(name = "help_contact")
class HelpContact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_key", nullable = false, updatable = false)
	private String contentKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HelpContactKind kind;

	private String phone;

	private String email;

	@Column(name = "around_the_clock", nullable = false)
	private boolean aroundTheClock;

	@Column(nullable = false)
	private boolean sample;

	@Column(nullable = false)
	private int position;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected HelpContact() {
	}

	HelpContact(String contentKey, CountryScope countryScope, HelpContactKind kind, String phone, String email,
			boolean aroundTheClock, boolean sample, int position, Instant now) {
		this.contentKey = contentKey;
		this.countryScope = countryScope;
		this.kind = kind;
		this.phone = phone;
		this.email = email;
		this.aroundTheClock = aroundTheClock;
		this.sample = sample;
		this.position = position;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	HelpContactKind getKind() {
		return this.kind;
	}

	String getPhone() {
		return this.phone;
	}

	String getEmail() {
		return this.email;
	}

	boolean isAroundTheClock() {
		return this.aroundTheClock;
	}

	boolean isSample() {
		return this.sample;
	}

}
