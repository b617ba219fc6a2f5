package org.migrantportal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff's uploads: every file passes the virus check ({@link UploadScanning}) and
 * {@link MediaUploads}, its bytes (and the smaller copies of an image) are written to the
 * {@link MediaStorage} under a new random key, and its row is saved with the uploader's
 * country and organization; a failure at any point leaves neither row nor file. Each
 * upload is an editorial event, so the audit records it.
 */
@Service
public class MediaLibrary {

	private static final Logger logger = LoggerFactory.getLogger(MediaLibrary.class);

	private static final int FILENAME_LENGTH = 255;

	private final MediaUploads uploads;

	private final UploadScanning scanning;

	private final MediaStorage storage;

	private final MediaAssetRepository assets;

	private final MediaAssetTranslationRepository translations;

	private final SiteLocales siteLocales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final MediaEditingService editing;

	MediaLibrary(MediaUploads uploads, UploadScanning scanning, MediaStorage storage, MediaAssetRepository assets,
			MediaAssetTranslationRepository translations, SiteLocales siteLocales, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactionManager, MediaEditingService editing) {
		this.editing = editing;
		this.uploads = uploads;
		this.scanning = scanning;
		this.storage = storage;
		this.assets = assets;
		this.translations = translations;
		this.siteLocales = siteLocales;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Checks and stores an uploaded file; its title in the uploader's language starts as
	 * the file's name.
	 * @param originalFilename the name the browser sent, kept for people only
	 * @param uiLocale the uploader's back-office language
	 * @return the new file's id
	 * @throws UploadRejectedException when the file is not accepted
	 * @throws MediaStorageException when the storage cannot take the bytes; nothing is
	 * then stored
	 */
	public long upload(Actor actor, String originalFilename, byte[] bytes, String uiLocale) {
		requireEditor(actor);
		String name = safeFilename(originalFilename);
		this.scanning.check(actor, name, bytes);
		CheckedUpload checked = this.uploads.check(bytes);
		String key = UUID.randomUUID().toString();
		List<String> written = store(key, checked);
		try {
			return this.transactions.execute((status) -> save(actor, checked, key, name, uiLocale));
		}
		catch (RuntimeException ex) {
			removeAll(written, ex);
			throw ex;
		}
	}

	/**
	 * Replaces a file's bytes with a new upload of the same kind (an image with an image,
	 * a document with a document), checked like any upload. The file gets a new public
	 * URL; the pages that show it show the new one. It stays public only when the person
	 * replacing it may review it (a reviewer where four eyes do not apply), otherwise it
	 * waits for review again. The old bytes are removed once the change is saved.
	 * @return whether the file is still public
	 * @throws UploadRejectedException when the new file is not accepted or of another
	 * kind
	 * @throws MediaStorageException when the storage cannot take the bytes; nothing then
	 * changes
	 */
	public boolean replace(Actor actor, long id, String originalFilename, byte[] bytes) {
		MediaAsset current = this.editing.inScope(actor, id);
		if (current.isTrashed()) {
			throw new UploadRejectedException("media.error.replace-trashed");
		}
		String name = safeFilename(originalFilename);
		this.scanning.check(actor, name, bytes);
		CheckedUpload checked = this.uploads.check(bytes);
		if (checked.kind() != current.getKind()) {
			throw new UploadRejectedException("media.error.replace-other-kind");
		}
		String key = UUID.randomUUID().toString();
		List<String> written = store(key, checked);
		Replaced replaced;
		try {
			replaced = this.transactions.execute((status) -> swap(actor, id, checked, key, name));
		}
		catch (RuntimeException ex) {
			removeAll(written, ex);
			throw ex;
		}
		for (String old : replaced.oldKeys()) {
			try {
				this.storage.delete(old);
			}
			catch (MediaStorageException ex) {
				// no row names it any more: unreachable, and found by the restore drill's
				// count of files at worst
				logger.warn("Replaced media file {} not removed: {}", old, ex.getMessage());
			}
		}
		return replaced.stillPublic();
	}

	private Replaced swap(Actor actor, long id, CheckedUpload checked, String key, String name) {
		MediaAsset asset = this.editing.inScope(actor, id);
		List<String> oldKeys = new ArrayList<>();
		oldKeys.addAll(storedKeys(asset));
		boolean wasPublic = asset.isReviewed() && !asset.isTrashed();
		boolean stillPublic = wasPublic && this.editing.mayApprove(actor, asset);
		Instant now = this.clock.instant();
		asset.replaceFile(checked, key, sha256(checked.bytes()), name.isEmpty() ? asset.getOriginalFilename() : name,
				stillPublic, actor.accountId(), actor.email(), now);
		this.assets.saveAndFlush(asset);
		EditorialChange change = stillPublic ? EditorialChange.DETAILS_CHANGED
				: (wasPublic ? EditorialChange.UNPUBLISHED : EditorialChange.SAVED);
		this.events.publishEvent(EditorialEvent.of(MediaKinds.MEDIA, id, null, change, asset.getOriginalFilename(),
				asset.getCountryScope(), asset.getOrganizationId(), null, null, actor, now, "/admin/media/" + id));
		return new Replaced(oldKeys, stillPublic);
	}

	private record Replaced(List<String> oldKeys, boolean stillPublic) {
	}

	/**
	 * Writes the checked bytes and their smaller copies under {@code key}; when a write
	 * fails, takes back the ones written before.
	 */
	private List<String> store(String key, CheckedUpload checked) {
		List<String> written = new ArrayList<>();
		try {
			this.storage.put(key, checked.bytes());
			written.add(key);
			if (checked.webp() != null) {
				this.storage.put(webpKey(key), checked.webp());
				written.add(webpKey(key));
			}
			for (CheckedUpload.Variant variant : checked.variants()) {
				String variantKey = variantKey(key, variant.width());
				this.storage.put(variantKey, variant.bytes());
				written.add(variantKey);
				if (variant.webp() != null) {
					this.storage.put(webpKey(variantKey), variant.webp());
					written.add(webpKey(variantKey));
				}
			}
			return written;
		}
		catch (RuntimeException ex) {
			removeAll(written, ex);
			throw ex;
		}
	}

	/**
	 * Takes back what an upload had written before it failed. The storage that failed may
	 * fail again; that is kept with the first failure, and a file left behind is
	 * unreachable, since no row names its key.
	 */
	private void removeAll(List<String> keys, RuntimeException failure) {
		for (String key : keys) {
			try {
				this.storage.delete(key);
			}
			catch (RuntimeException ex) {
				failure.addSuppressed(ex);
			}
		}
	}

	private Long save(Actor actor, CheckedUpload checked, String key, String name, String uiLocale) {
		Instant now = this.clock.instant();
		CountryScope country = actor.countryScope();
		Long organization = actor.restrictedToOrganization() ? actor.organizationId() : null;
		String locale = this.siteLocales.findOrDefault(uiLocale).tag();
		MediaAsset created = new MediaAsset(checked, key, sha256(checked.bytes()), name, country, organization,
				actor.accountId(), actor.email(), now);
		if (checked.kind() == MediaKind.DOCUMENT) {
			// a leaflet is most often in the language its uploader works in; staff change
			// it
			created.changeDocumentLanguage(locale, actor.email(), now);
		}
		MediaAsset asset = this.assets.saveAndFlush(created);
		MediaAssetTranslation translation = new MediaAssetTranslation(asset.getId(), locale);
		String title = stem(name);
		translation.change(new MediaText(
				title.length() > MediaText.TITLE_LENGTH ? title.substring(0, MediaText.TITLE_LENGTH) : title, "", ""),
				actor.email(), now);
		this.translations.save(translation);
		this.events.publishEvent(EditorialEvent.of(MediaKinds.MEDIA, asset.getId(), null, EditorialChange.CREATED, name,
				country, organization, null, null, actor, now, "/admin/media/" + asset.getId()));
		return asset.getId();
	}

	static String variantKey(String key, int width) {
		return key + "-w" + width;
	}

	/**
	 * Where the WebP copy of the file or of a smaller copy stored under {@code key} is.
	 */
	static String webpKey(String key) {
		return key + "-webp";
	}

	/** Every key a file's bytes are stored under: itself, its smaller and WebP copies. */
	static List<String> storedKeys(MediaAsset asset) {
		List<String> keys = new ArrayList<>();
		keys.add(asset.getStorageKey());
		if (asset.hasWebp()) {
			keys.add(webpKey(asset.getStorageKey()));
		}
		for (MediaVariant variant : asset.getVariants()) {
			keys.add(variantKey(asset.getStorageKey(), variant.getWidth()));
			if (variant.hasWebp()) {
				keys.add(webpKey(variantKey(asset.getStorageKey(), variant.getWidth())));
			}
		}
		return keys;
	}

	static void requireEditor(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.EDITOR)) {
			throw new AccessDeniedException("Needs role EDITOR");
		}
	}

	/**
	 * The last part of the name the browser sent, without control characters; never used
	 * as a path, only shown to staff.
	 */
	static String safeFilename(String name) {
		if (name == null) {
			return "";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
		return (clean.length() > FILENAME_LENGTH) ? clean.substring(0, FILENAME_LENGTH) : clean;
	}

	private static String stem(String name) {
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
