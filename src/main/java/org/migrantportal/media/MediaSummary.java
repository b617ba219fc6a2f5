package org.migrantportal.media;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * A line of the back-office media list.
 *
 * @param title the title in the language asked for, else the first one written, else the
 * uploaded file's name
 * @param previewPath the URL of the smallest copy of an image, for a thumbnail; null for
 * documents
 */
public record MediaSummary(long id, MediaKind kind, String title, String contentType, long byteSize, Integer width,
		Integer height, CountryScope country, boolean reviewed, Instant createdAt, String createdBy,
		String previewPath) {

}
