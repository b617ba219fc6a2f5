package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.migrantportal.shared.CountryScope;

/**
 * The editorial rules of one country: whether an approver must be someone other than the
 * last editor.
 */
@Entity
@Table(name = "country_setting")
class CountrySetting {

	@Id
	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope")
	private CountryScope countryScope;

	@Column(name = "four_eyes", nullable = false)
	private boolean fourEyes;

	@Version
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CountrySetting() {
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	boolean isFourEyes() {
		return this.fourEyes;
	}

	void setFourEyes(boolean fourEyes, Instant now) {
		this.fourEyes = fourEyes;
		this.updatedAt = now;
	}

}
