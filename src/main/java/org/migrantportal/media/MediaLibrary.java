package org.migrantportal.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

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

	MediaLibrary(MediaUploads uploads, UploadScanning scanning, MediaStorage storage, MediaAssetRepository assets,
			MediaAssetTranslationRepository translations, SiteLocales siteLocales, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactionManager) {
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
		List<String> written = new ArrayList<>();
		try {
			this.storage.put(key, checked.bytes());
			written.add(key);
			for (CheckedUpload.Variant variant : checked.variants()) {
				String variantKey = variantKey(key, variant.width());
				this.storage.put(variantKey, variant.bytes());
				written.add(variantKey);
			}
			return this.transactions.execute((status) -> save(actor, checked, key, name, uiLocale));
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
		MediaAsset asset = this.assets.saveAndFlush(new MediaAsset(checked, key, sha256(checked.bytes()), name, country,
				organization, actor.accountId(), actor.email(), now));
		String locale = this.siteLocales.find(uiLocale).orElseGet(this.siteLocales::defaultLocale).tag();
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
