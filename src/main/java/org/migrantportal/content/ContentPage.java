package org.migrantportal.content;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.migrantportal.shared.CountryScope;

/**
 * An information article under a topic: the language-neutral root row of its
 * translations.
 */
@Entity
@Table(name = "content_page")
class ContentPage extends ContentRoot {

	@Column(name = "topic_id", nullable = false)
	private Long topicId;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Column(name = "organization_id")
	private Long organizationId;

	protected ContentPage() {
	}

	ContentPage(String contentKey, Long topicId, CountryScope countryScope, int position, String sourceLocale,
			Instant now) {
		super(contentKey, position, sourceLocale, now);
		this.topicId = topicId;
		this.countryScope = countryScope;
	}

	Long getTopicId() {
		return this.topicId;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

}
