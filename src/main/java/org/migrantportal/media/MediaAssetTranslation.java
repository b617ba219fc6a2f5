package org.migrantportal.media;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A media file's words in one language: its title (what staff search by), the alt text
 * that describes an image to people who cannot see it, and the caption shown under it.
 * Each language has its own version, so two languages can be edited at once.
 */
@Entity
@Table(name = "media_asset_translation")
class MediaAssetTranslation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "media_asset_id", nullable = false, updatable = false)
	private Long assetId;

	@Column(nullable = false, updatable = false)
	private String locale;

	@Column(nullable = false)
	private String title = "";

	@Column(name = "alt_text", nullable = false)
	private String altText = "";

	@Column(nullable = false)
	private String caption = "";

	@Version
	private long version;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected MediaAssetTranslation() {
	}

	MediaAssetTranslation(Long assetId, String locale) {
		this.assetId = assetId;
		this.locale = locale;
	}

	void change(MediaText text, String by, Instant now) {
		this.title = text.title();
		this.altText = text.altText();
		this.caption = text.caption();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	MediaText text() {
		return new MediaText(this.title, this.altText, this.caption);
	}

	Long getId() {
		return this.id;
	}

	Long getAssetId() {
		return this.assetId;
	}

	String getLocale() {
		return this.locale;
	}

	long getVersion() {
		return this.version;
	}

}
