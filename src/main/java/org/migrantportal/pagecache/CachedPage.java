package org.migrantportal.pagecache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rendered public page as the cache keeps it: the bytes, their gzip and (when the
 * native library loads) brotli forms, a strong ETag of the bytes, the headers to send
 * again (security headers, content type) and the tags of what it shows.
 */
record CachedPage(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzip, byte[] brotli,
		String etag, Set<String> tags, Instant renderedAt) {

	static CachedPage of(String contentType, List<Map.Entry<String, String>> headers, byte[] body, Set<String> tags,
			Instant renderedAt) {
		return new CachedPage(contentType, headers, body, Compression.gzip(body), Compression.brotli(body),
				etagOf(body), tags, renderedAt);
	}

	/** The memory it takes, roughly: what the cache's size bound counts. */
	int weight() {
		return 512 + this.body.length + this.gzip.length + ((this.brotli != null) ? this.brotli.length : 0);
	}

	boolean hasAnyTag(Set<String> evicted) {
		for (String tag : this.tags) {
			if (evicted.contains(tag)) {
				return true;
			}
		}
		return false;
	}

	private static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The same page with a note inserted (for a stale copy); no ETag, it is not cached.
	 */
	CachedPage withBody(String html) {
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		return new CachedPage(this.contentType, this.headers, bytes, Compression.gzip(bytes), null, null, this.tags,
				this.renderedAt);
	}

}
