package org.migrantportal.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.migrantportal.shared.CountryScope;

/**
 * One uploaded file: what it is (kind, type, size, pixels), where its bytes are stored,
 * their hash (which names the file in its public URL), the country and organization whose
 * staff own it, whether it was reviewed, and the trash. Titles, alt texts and captions
 * are its {@link MediaAssetTranslation}s.
 */
@Entity
@Table(name = "media_asset")
class MediaAsset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MediaKind kind;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "byte_size", nullable = false)
	private long byteSize;

	private Integer width;

	private Integer height;

	@Column(name = "storage_key", nullable = false)
	private String storageKey;

	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	@Column(name = "original_filename", nullable = false)
	private String originalFilename;

	@Enumerated(EnumType.STRING)
	@Column(name = "country_scope", nullable = false)
	private CountryScope countryScope;

	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "media_asset_variant", joinColumns = @JoinColumn(name = "media_asset_id"))
	@OrderBy("width")
	private List<MediaVariant> variants = new ArrayList<>();

	@Version
	private long version;

	@Column(name = "created_by_id")
	private Long createdById;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_by")
	private String updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "deleted_by")
	private String deletedBy;

	@Column(name = "document_language")
	private String documentLanguage;

	@Column(name = "file_by_id")
	private Long fileById;

	@Column(name = "file_replaced_at")
	private Instant fileReplacedAt;

	@Column(name = "webp_byte_size")
	private Long webpByteSize;

	protected MediaAsset() {
	}

	MediaAsset(CheckedUpload upload, String storageKey, String contentHash, String originalFilename,
			CountryScope countryScope, Long organizationId, Long byId, String by, Instant now) {
		this.kind = upload.kind();
		this.contentType = upload.format().contentType();
		this.byteSize = upload.bytes().length;
		this.webpByteSize = (upload.webp() != null) ? Long.valueOf(upload.webp().length) : null;
		this.width = upload.width();
		this.height = upload.height();
		this.storageKey = storageKey;
		this.contentHash = contentHash;
		this.originalFilename = originalFilename;
		this.countryScope = countryScope;
		this.organizationId = organizationId;
		for (CheckedUpload.Variant variant : upload.variants()) {
			this.variants.add(new MediaVariant(variant.width(), variant.height(), variant.bytes().length,
					(variant.webp() != null) ? Long.valueOf(variant.webp().length) : null));
		}
		this.createdById = byId;
		this.fileById = byId;
		this.createdBy = by;
		this.createdAt = now;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * Takes the checked bytes of a replacement: a new storage key and hash (so a new
	 * public URL), new smaller copies, and the person who supplied them as the one a
	 * reviewer must differ from. The review is kept only when {@code stillReviewed}.
	 */
	void replaceFile(CheckedUpload upload, String storageKey, String contentHash, String originalFilename,
			boolean stillReviewed, Long byId, String by, Instant now) {
		this.contentType = upload.format().contentType();
		this.byteSize = upload.bytes().length;
		this.webpByteSize = (upload.webp() != null) ? Long.valueOf(upload.webp().length) : null;
		this.width = upload.width();
		this.height = upload.height();
		this.storageKey = storageKey;
		this.contentHash = contentHash;
		this.originalFilename = originalFilename;
		this.variants.clear();
		for (CheckedUpload.Variant variant : upload.variants()) {
			this.variants.add(new MediaVariant(variant.width(), variant.height(), variant.bytes().length,
					(variant.webp() != null) ? Long.valueOf(variant.webp().length) : null));
		}
		this.fileById = byId;
		this.fileReplacedAt = now;
		if (!stillReviewed) {
			this.reviewedAt = null;
			this.reviewedBy = null;
		}
		touched(by, now);
	}

	void changeDocumentLanguage(String language, String by, Instant now) {
		this.documentLanguage = language;
		touched(by, now);
	}

	void touched(String by, Instant now) {
		this.updatedBy = by;
		this.updatedAt = now;
	}

	void reviewed(String by, Instant now) {
		this.reviewedBy = by;
		this.reviewedAt = now;
		touched(by, now);
	}

	void moveToTrash(String by, Instant now) {
		this.deletedAt = now;
		this.deletedBy = by;
	}

	void restore() {
		this.deletedAt = null;
		this.deletedBy = null;
	}

	boolean isTrashed() {
		return this.deletedAt != null;
	}

	boolean isReviewed() {
		return this.reviewedAt != null;
	}

	Long getId() {
		return this.id;
	}

	MediaKind getKind() {
		return this.kind;
	}

	String getContentType() {
		return this.contentType;
	}

	long getByteSize() {
		return this.byteSize;
	}

	Integer getWidth() {
		return this.width;
	}

	Integer getHeight() {
		return this.height;
	}

	String getStorageKey() {
		return this.storageKey;
	}

	String getContentHash() {
		return this.contentHash;
	}

	String getOriginalFilename() {
		return this.originalFilename;
	}

	CountryScope getCountryScope() {
		return this.countryScope;
	}

	Long getOrganizationId() {
		return this.organizationId;
	}

	Instant getReviewedAt() {
		return this.reviewedAt;
	}

	String getReviewedBy() {
		return this.reviewedBy;
	}

	List<MediaVariant> getVariants() {
		return List.copyOf(this.variants);
	}

	long getVersion() {
		return this.version;
	}

	Long getCreatedById() {
		return this.createdById;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getDeletedAt() {
		return this.deletedAt;
	}

	String getDeletedBy() {
		return this.deletedBy;
	}

	/** The language of the words in the file (a tag), or null for none or several. */
	String getDocumentLanguage() {
		return this.documentLanguage;
	}

	/** Who supplied the file's current bytes: its uploader, or who last replaced them. */
	Long getFileById() {
		return (this.fileById != null) ? this.fileById : this.createdById;
	}

	/** Whether a WebP copy of the file's full size is stored beside it. */
	boolean hasWebp() {
		return this.webpByteSize != null;
	}

	Instant getFileReplacedAt() {
		return this.fileReplacedAt;
	}

}
