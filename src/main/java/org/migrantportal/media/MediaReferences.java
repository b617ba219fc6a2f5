package org.migrantportal.media;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.EmbeddedMedia;
import org.migrantportal.shared.MediaEmbeds;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library as other modules see it: the public files a page references, shown to
 * a reader of one language (alt text along the site's fallback chain, a document's type,
 * size and language); the reviewed files of an editor's scope to choose from; and whether
 * a file may be a news item's cover. Content refers to files by id only.
 */
@Service
@Transactional(readOnly = true)
public class MediaReferences implements MediaEmbeds {

	/** How many files the chooser lists at most. */
	public static final int CHOICES = 30;

	/** How many images the cover field suggests at most. */
	public static final int COVER_CHOICES = 200;

	private static final long MEGABYTE = 1024L * 1024L;

	private final MediaAssetRepository assets;

	private final MediaAssetTranslationRepository translations;

	private final MediaEditingService editing;

	private final SiteLocales siteLocales;

	private final MessageSource messages;

	MediaReferences(MediaAssetRepository assets, MediaAssetTranslationRepository translations,
			MediaEditingService editing, SiteLocales siteLocales, MessageSource messages) {
		this.assets = assets;
		this.translations = translations;
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.messages = messages;
	}

	@Override
	public Map<Long, EmbeddedMedia> findPublic(Collection<Long> ids, SiteLocale reader) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<MediaAsset> found = this.assets.findAllById(ids)
			.stream()
			.filter((asset) -> asset.isReviewed() && !asset.isTrashed())
			.toList();
		Map<Long, List<MediaAssetTranslation>> texts = textsOf(found);
		Map<Long, EmbeddedMedia> result = new LinkedHashMap<>();
		for (MediaAsset asset : found) {
			result.put(asset.getId(), embedded(asset, texts.getOrDefault(asset.getId(), List.of()), reader));
		}
		return result;
	}

	/**
	 * The reviewed files of the actor's scope not in the trash, with a title containing
	 * {@code title} (any language) when given, newest first; at most {@link #CHOICES}.
	 */
	public List<MediaChoice> findChoices(Actor actor, String title, String uiLocale) {
		MediaFilter filter = new MediaFilter(title, null);
		return this.editing.list(actor, filter, uiLocale, true, PageRequest.of(0, CHOICES))
			.stream()
			.map((summary) -> new MediaChoice(summary.id(), summary.kind(), summary.title(), summary.previewPath(),
					altTextOf(summary.id(), uiLocale)))
			.toList();
	}

	/**
	 * The images the actor may make a news item's cover, newest first, at most
	 * {@link #COVER_CHOICES}: for editors every image of their scope not in the trash (as
	 * {@link #isUsableCover}), for translators the reviewed ones; by title in the
	 * editor's language, else another.
	 */
	public List<MediaChoice> findCoverChoices(Actor actor, String uiLocale) {
		if (actor == null || !actor.hasRole(StaffRole.TRANSLATOR)) {
			return List.of();
		}
		return this.editing
			.list(actor, new MediaFilter(null, MediaKind.IMAGE), uiLocale, !actor.hasRole(StaffRole.EDITOR),
					PageRequest.of(0, COVER_CHOICES))
			.stream()
			.map((summary) -> new MediaChoice(summary.id(), summary.kind(), summary.title(), summary.previewPath(), ""))
			.toList();
	}

	/**
	 * Whether a file may be the cover of a news item the actor edits: it exists, is not
	 * in the trash, is an image, and is of the actor's scope (reviewed or not: the public
	 * site shows it once it is).
	 */
	public boolean isUsableCover(Actor actor, long id) {
		return usableCover(actor, id).isPresent();
	}

	/**
	 * A news item's cover as its edit screen shows it (title, thumbnail), if it is one
	 * the actor may use ({@link #isUsableCover}).
	 */
	public Optional<MediaChoice> findCoverChoice(Actor actor, long id, String uiLocale) {
		return usableCover(actor, id).map((asset) -> new MediaChoice(asset.getId(), asset.getKind(),
				this.editing.titleOf(asset, uiLocale), MediaEditingService.previewPath(asset), ""));
	}

	private Optional<MediaAsset> usableCover(Actor actor, long id) {
		return this.assets.findById(id)
			.filter((asset) -> !asset.isTrashed() && asset.getKind() == MediaKind.IMAGE)
			.filter((asset) -> actor != null && actor.canWorkOn(asset.getCountryScope(), asset.getOrganizationId()));
	}

	private String altTextOf(long id, String locale) {
		SiteLocale reader = this.siteLocales.findOrDefault(locale);
		return bestAlt(this.translations.findByAssetId(id), reader).map(MediaAssetTranslation::text)
			.map(MediaText::altText)
			.orElse("");
	}

	private Map<Long, List<MediaAssetTranslation>> textsOf(List<MediaAsset> found) {
		return this.translations.findByAssetIdIn(found.stream().map(MediaAsset::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(MediaAssetTranslation::getAssetId));
	}

	private EmbeddedMedia embedded(MediaAsset asset, List<MediaAssetTranslation> texts, SiteLocale reader) {
		MediaFormat format = MediaFormat.ofContentType(asset.getContentType()).orElseThrow();
		String path = MediaPaths.of(asset.getId(), asset.getContentHash(), asset.getOriginalFilename(), format, null);
		if (asset.getKind() == MediaKind.IMAGE) {
			List<EmbeddedMedia.Size> sizes = asset.getVariants()
				.stream()
				.map((variant) -> new EmbeddedMedia.Size(variant.getWidth(),
						MediaPaths.of(asset.getId(), asset.getContentHash(), asset.getOriginalFilename(), format,
								variant.getWidth())))
				.toList();
			List<EmbeddedMedia.Size> webp = new ArrayList<>();
			asset.getVariants()
				.stream()
				.filter(MediaVariant::hasWebp)
				.forEach((variant) -> webp.add(new EmbeddedMedia.Size(variant.getWidth(), MediaPaths.of(asset.getId(),
						asset.getContentHash(), asset.getOriginalFilename(), MediaFormat.WEBP, variant.getWidth()))));
			if (asset.hasWebp()) {
				webp.add(new EmbeddedMedia.Size(asset.getWidth(), MediaPaths.of(asset.getId(), asset.getContentHash(),
						asset.getOriginalFilename(), MediaFormat.WEBP, null)));
			}
			Optional<MediaAssetTranslation> alt = bestAlt(texts, reader);
			return new EmbeddedMedia(asset.getId(), true, path, asset.getWidth(), asset.getHeight(), sizes,
					alt.map((text) -> text.text().altText()).orElse(""),
					alt.flatMap((text) -> this.siteLocales.find(text.getLocale())).orElse(null), "", webp);
		}
		return new EmbeddedMedia(asset.getId(), false, path, null, null, List.of(), "", null,
				facts(asset, format, reader));
	}

	/** The first language along the reader's fallback chain that has an alt text. */
	private Optional<MediaAssetTranslation> bestAlt(List<MediaAssetTranslation> texts, SiteLocale reader) {
		List<MediaAssetTranslation> withAlt = texts.stream()
			.filter((text) -> !text.text().altText().isEmpty())
			.toList();
		return this.siteLocales.pickBest(reader, withAlt, MediaAssetTranslation::getLocale);
	}

	/**
	 * "PDF, 1.2 MB, ქართული": the type, the size and the document's language as staff set
	 * it (none for a document in several languages).
	 */
	private String facts(MediaAsset asset, MediaFormat format, SiteLocale reader) {
		Locale locale = reader.toLocale();
		String size = size(asset.getByteSize(), locale);
		Optional<SiteLocale> language = Optional.ofNullable(asset.getDocumentLanguage())
			.flatMap(this.siteLocales::find);
		String type = format.extension().toUpperCase(Locale.ROOT);
		return language
			.map((lang) -> this.messages.getMessage("media.document-facts",
					new Object[] { type, size, lang.nativeName() }, locale))
			.orElseGet(() -> this.messages.getMessage("media.document-facts-without-language",
					new Object[] { type, size }, locale));
	}

	private String size(long bytes, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(1);
		number.setMinimumFractionDigits(1);
		if (bytes >= MEGABYTE) {
			return this.messages.getMessage("media.size-megabytes",
					new Object[] { number.format(bytes / (double) MEGABYTE) }, locale);
		}
		number.setMinimumFractionDigits(0);
		number.setMaximumFractionDigits(0);
		return this.messages.getMessage("media.size-kilobytes",
				new Object[] { number.format(Math.max(1, Math.round(bytes / 1024.0))) }, locale);
	}

}
