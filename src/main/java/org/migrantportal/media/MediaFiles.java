package org.migrantportal.media;

import java.util.Optional;

import org.migrantportal.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bytes of media files: for the public site only files that are reviewed and not in
 * the trash, at the URL of their current content (an old URL, from before the file
 * changed, names nothing); for staff any file of their scope, for previews.
 */
@Service
@Transactional(readOnly = true)
public class MediaFiles {

	private final MediaAssetRepository assets;

	private final MediaStorage storage;

	private final MediaEditingService editing;

	MediaFiles(MediaAssetRepository assets, MediaStorage storage, MediaEditingService editing) {
		this.assets = assets;
		this.storage = storage;
		this.editing = editing;
	}

	/**
	 * The file a public URL names, if it is public.
	 * @param slug the last part of the URL before the extension
	 * @param extension the URL's extension, which must be the file's
	 */
	public Optional<PublicMediaFile> findPublic(long id, String slug, String extension) {
		Optional<MediaPaths.Named> named = MediaPaths.parse(slug);
		if (named.isEmpty()) {
			return Optional.empty();
		}
		return this.assets.findById(id)
			.filter((asset) -> !asset.isTrashed() && asset.isReviewed())
			.filter((asset) -> asset.getContentHash().startsWith(named.get().hashPrefix()))
			.flatMap((asset) -> read(asset, named.get().width(), extension));
	}

	/** Any file of the actor's scope (reviewed or not, trashed or not), for previews. */
	public Optional<PublicMediaFile> findForStaff(Actor actor, long id, Integer width) {
		MediaAsset asset = this.editing.inScope(actor, id);
		return read(asset, width, null);
	}

	private Optional<PublicMediaFile> read(MediaAsset asset, Integer width, String extension) {
		MediaFormat format = MediaFormat.ofContentType(asset.getContentType()).orElseThrow();
		boolean webp = MediaFormat.WEBP.extension().equals(extension) && format != MediaFormat.WEBP;
		if (extension != null && !webp && !format.extension().equals(extension)) {
			return Optional.empty();
		}
		String key = asset.getStorageKey();
		if (width != null) {
			Optional<MediaVariant> variant = asset.getVariants()
				.stream()
				.filter((candidate) -> candidate.getWidth() == width)
				.findFirst();
			if (variant.isEmpty() || (webp && !variant.get().hasWebp())) {
				return Optional.empty();
			}
			key = MediaLibrary.variantKey(key, width);
		}
		else if (webp && !asset.hasWebp()) {
			return Optional.empty();
		}
		if (webp) {
			key = MediaLibrary.webpKey(key);
			format = MediaFormat.WEBP;
		}
		String etag = "\"" + asset.getContentHash() + ((width != null) ? "-w" + width : "") + (webp ? "-webp" : "")
				+ "\"";
		String filename = MediaPaths.of(asset.getId(), asset.getContentHash(), asset.getOriginalFilename(), format,
				width);
		String safeName = filename.substring(filename.lastIndexOf('/') + 1);
		String contentType = format.contentType();
		return this.storage.get(key).map((bytes) -> new PublicMediaFile(bytes, contentType, etag, safeName));
	}

}
