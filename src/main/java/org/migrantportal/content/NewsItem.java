package org.migrantportal.content;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.migrantportal.shared.CountryScope;

/**
 * A news item of IOM Georgia or IOM Armenia: the language-neutral root row. News is a
 * kind of content, so it shares the editorial workflow, revisions and trash of pages.
 */
@Entity
@Table(name = "news_item")
class NewsItem extends ContentRoot {

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Column(name = "news_date")
	private LocalDate newsDate;

	@Column(nullable = false)
	private boolean featured;

	/** The path typed before covers were media files; read only. */
	@Column(name = "cover_image", insertable = false, updatable = false)
	private String coverImage;

	@Column(name = "cover_media_id")
	private Long coverMediaId;

	@Column(name = "organization_id")
	private Long organizationId;

	protected NewsItem() {
	}

	NewsItem(String contentKey, CountryScope countryScope, LocalDate newsDate, boolean featured, int position,
			String sourceLocale, Instant now) {
		super(contentKey, position, sourceLocale, now);
		this.countryScope = countryScope;
		this.newsDate = newsDate;
		this.featured = featured;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	LocalDate getNewsDate() {
		return this.newsDate;
	}

	boolean isFeatured() {
		return this.featured;
	}

	String getCoverImage() {
		return this.coverImage;
	}

	Long getCoverMediaId() {
		return this.coverMediaId;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	void setOrganizationId(Long organizationId) {
		this.organizationId = organizationId;
	}

	void changeDetails(CountryScope countryScope, LocalDate newsDate, boolean featured, Long coverMediaId,
			Instant now) {
		this.countryScope = countryScope;
		this.newsDate = newsDate;
		this.featured = featured;
		this.coverMediaId = coverMediaId;
		touch(now);
	}

}
