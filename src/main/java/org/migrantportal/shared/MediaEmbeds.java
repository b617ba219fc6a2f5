package org.migrantportal.shared;

import java.util.Collection;
import java.util.Map;

import org.migrantportal.i18n.SiteLocale;

/**
 * What {@link MarkdownRenderer} asks about the {@code media:123} references of a text:
 * the public media files among them, as a reader of one language sees them. Implemented
 * by the media library, so content never reaches into its rows.
 */
public interface MediaEmbeds {

	/** The tag of a media file in the page cache: {@code MEDIA:123}. */
	String TAG_KIND = "MEDIA";

	/**
	 * The files among {@code ids} that the public may see (reviewed, not in the trash),
	 * by id; the others are missing from the answer.
	 */
	Map<Long, EmbeddedMedia> findPublic(Collection<Long> ids, SiteLocale reader);

	/** Knows no file: every reference renders as nothing. */
	MediaEmbeds NONE = (ids, reader) -> Map.of();

}
