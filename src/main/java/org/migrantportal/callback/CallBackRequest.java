package org.migrantportal.callback;

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

/**
 * One visitor's request to be called back: the organization asked, the country and
 * language, what they typed (only as ciphertext), its state and when it is deleted.
 */
@Entity
@Table(name = "callback_request")
class CallBackRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false, updatable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CountryScope country;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(name = "name_cipher", nullable = false, updatable = false)
	private String nameCipher;

	@Column(name = "contact_cipher", nullable = false, updatable = false)
	private String contactCipher;

	@Column(name = "topic_cipher", nullable = false, updatable = false)
	private String topicCipher;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CallBackState state;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "delete_after", nullable = false, updatable = false)
	private Instant deleteAfter;

	@Column(name = "handled_at")
	private Instant handledAt;

	@Column(name = "handled_by_id")
	private Long handledById;

	@Version
	private long version;

	protected CallBackRequest() {
	}

	CallBackRequest(Long organizationId, CountryScope country, String language, String nameCipher, String contactCipher,
			String topicCipher, Instant createdAt, Instant deleteAfter) {
		this.organizationId = organizationId;
		this.country = country;
		this.language = language;
		this.nameCipher = nameCipher;
		this.contactCipher = contactCipher;
		this.topicCipher = topicCipher;
		this.state = CallBackState.NEW;
		this.createdAt = createdAt;
		this.deleteAfter = deleteAfter;
	}

	void moveTo(CallBackState next, Long accountId, Instant at) {
		this.state = next;
		this.handledById = accountId;
		this.handledAt = at;
	}

	Long getId() {
		return this.id;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	CountryScope getCountry() {
		return this.country;
	}

	String getLanguage() {
		return this.language;
	}

	String getNameCipher() {
		return this.nameCipher;
	}

	String getContactCipher() {
		return this.contactCipher;
	}

	String getTopicCipher() {
		return this.topicCipher;
	}

	CallBackState getState() {
		return this.state;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getDeleteAfter() {
		return this.deleteAfter;
	}

	Instant getHandledAt() {
		return this.handledAt;
	}

}
