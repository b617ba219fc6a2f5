package org.migrantportal.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.EmbeddedMedia;
import org.migrantportal.shared.MarkdownRenderer;
import org.migrantportal.shared.MediaEmbeds;
import org.migrantportal.shared.PageTags;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The media library's files as content shows them: the {@code media:123} references of a
 * stored text and a news item's cover, for a reader of one language, asked of the library
 * through {@link MediaEmbeds} (without the library, as in a test of content alone, no
 * file shows).
 */
@Component
class ContentMedia {

	private final ObjectProvider<MediaEmbeds> media;

	private final SiteLocales siteLocales;

	ContentMedia(ObjectProvider<MediaEmbeds> media, SiteLocales siteLocales) {
		this.media = media;
		this.siteLocales = siteLocales;
	}

	/** The stored safe HTML of a translation, shown in its own language. */
	String bodyHtml(String storedHtml, String localeTag) {
		return bodyHtml(storedHtml, this.siteLocales.findOrDefault(localeTag));
	}

	/** The stored safe HTML with its media references as {@code reader} sees them. */
	String bodyHtml(String storedHtml, SiteLocale reader) {
		return MarkdownRenderer.withMedia(storedHtml, reader, embeds());
	}

	/** A news item's cover image if it is public; noted for the page cache either way. */
	EmbeddedMedia cover(Long mediaId, SiteLocale reader) {
		return (mediaId != null) ? covers(List.of(mediaId), reader).get(mediaId) : null;
	}

	/**
	 * The cover images among {@code mediaIds} that are public, by id; all of them noted
	 * for the page cache.
	 */
	Map<Long, EmbeddedMedia> covers(Collection<Long> mediaIds, SiteLocale reader) {
		Set<Long> ids = mediaIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		ids.forEach((id) -> PageTags.item(MediaEmbeds.TAG_KIND, id));
		return embeds().findPublic(ids, reader)
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().image())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private MediaEmbeds embeds() {
		return this.media.getIfAvailable(() -> MediaEmbeds.NONE);
	}

}
