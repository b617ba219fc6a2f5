package org.migrantportal.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An account's enrolled authenticator: its encrypted TOTP secret and the last time step
 * whose code was accepted (so a code is never accepted twice).
 */
@Entity
@Table(name = "account_second_factor")
class SecondFactor {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "secret_cipher", nullable = false)
	private String secretCipher;

	@Column(name = "last_step", nullable = false)
	private long lastStep;

	@Column(name = "enrolled_at", nullable = false)
	private Instant enrolledAt;

	@Version
	private long version;

	protected SecondFactor() {
	}

	SecondFactor(Long accountId, String secretCipher, long lastStep, Instant now) {
		this.accountId = accountId;
		this.secretCipher = secretCipher;
		this.lastStep = lastStep;
		this.enrolledAt = now;
	}

	Long getAccountId() {
		return this.accountId;
	}

	String getSecretCipher() {
		return this.secretCipher;
	}

	long getLastStep() {
		return this.lastStep;
	}

	Instant getEnrolledAt() {
		return this.enrolledAt;
	}

}
