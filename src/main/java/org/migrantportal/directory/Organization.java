package org.migrantportal.directory;

import java.time.Instant;
import java.util.UUID;

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

/** An IOM mission, partner NGO or state agency: the language-neutral facts. */
@Entity
@Table(name = "organization")
class Organization {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_key", nullable = false, updatable = false)
	private String contentKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganizationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Column(nullable = false)
	private int position;

	@Column(name = "hsds_id", nullable = false, updatable = false)
	private UUID hsdsId;

	private String website;

	private String email;

	@Version
	private long version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Organization() {
	}

	Organization(String contentKey, OrganizationKind kind, CountryScope countryScope, int position, Instant now) {
		this.hsdsId = UUID.randomUUID();
		this.contentKey = contentKey;
		this.kind = kind;
		this.countryScope = countryScope;
		this.position = position;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Long getId() {
		return this.id;
	}

	OrganizationKind getKind() {
		return this.kind;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

	String getContentKey() {
		return this.contentKey;
	}

	int getPosition() {
		return this.position;
	}

	UUID getHsdsId() {
		return this.hsdsId;
	}

	String getWebsite() {
		return this.website;
	}

	String getEmail() {
		return this.email;
	}

	/**
	 * Sets the organization's own website and e-mail (null when the sources give none).
	 */
	void setContact(String website, String email, Instant now) {
		this.website = website;
		this.email = email;
		this.updatedAt = now;
	}

}
