package org.migrantportal.callback;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Whether an organization takes call-back requests, and how many days it keeps them.
 */
@Entity
@Table(name = "callback_setting")
class CallBackSetting {

	@Id
	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "accepts_requests", nullable = false)
	private boolean acceptsRequests;

	@Column(name = "retention_days", nullable = false)
	private int retentionDays;

	@Version
	private long version;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CallBackSetting() {
	}

	CallBackSetting(Long organizationId, int retentionDays) {
		this.organizationId = organizationId;
		this.retentionDays = retentionDays;
	}

	void change(boolean acceptsRequests, int retentionDays, String by, Instant at) {
		this.acceptsRequests = acceptsRequests;
		this.retentionDays = retentionDays;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	boolean isAcceptsRequests() {
		return this.acceptsRequests;
	}

	int getRetentionDays() {
		return this.retentionDays;
	}

}
