package org.migrantportal.media;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.migrantportal.shared.CountryScope;

/**
 * A media file as its detail page shows it: the facts of the file, its URLs (the file and
 * each smaller copy), its words in every language with the version each was loaded at,
 * the language of the words in the file itself (null for none or several) and when its
 * bytes were last replaced (null if never).
 */
public record MediaDetails(long id, MediaKind kind, String contentType, long byteSize, Integer width, Integer height,
		String contentHash, String originalFilename, CountryScope country, Long organizationId, boolean reviewed,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, boolean trashed, String path,
		List<SizedPath> variants, Map<String, Text> texts, String documentLanguage, Instant fileReplacedAt) {

	public MediaDetails {
		variants = List.copyOf(variants);
		texts = Map.copyOf(texts);
	}

	/** A smaller copy of an image and its URL. */
	public record SizedPath(int width, int height, String path) {
	}

	/**
	 * The words in one language and the version they were loaded at (0 when none yet).
	 */
	public record Text(MediaText text, long version) {
	}

}
