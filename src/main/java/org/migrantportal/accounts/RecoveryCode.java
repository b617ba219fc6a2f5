package org.migrantportal.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One single-use recovery code of an account, stored as its SHA-256 hash. */
@Entity
@Table(name = "account_recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected RecoveryCode() {
	}

	RecoveryCode(Long accountId, String codeHash, Instant now) {
		this.accountId = accountId;
		this.codeHash = codeHash;
		this.createdAt = now;
	}

	Long getId() {
		return this.id;
	}

}
