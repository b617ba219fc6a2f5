package org.migrantportal.media;

/**
 * The bytes the public URL of a media file serves.
 *
 * @param etag a strong entity tag, the content hash (and width of a smaller copy)
 * @param filename a safe name for the Content-Disposition header
 */
public record PublicMediaFile(byte[] bytes, String contentType, String etag, String filename) {

}
