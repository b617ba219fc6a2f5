package org.migrantportal.media;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of S3-compatible object storage for media files ({@code portal.media.s3.*}, or
 * {@code PORTAL_MEDIA_S3_*} in the environment). Empty by default, which keeps the files
 * in the local folder; with a bucket, every node reads and writes the same bucket. A
 * bucket needs its endpoint and both keys: the portal never falls back to credentials it
 * finds on the machine, so a missing setting fails the start instead of using the wrong
 * account.
 *
 * @param bucket the bucket that holds the files (it must exist)
 * @param endpoint the server's address, such as {@code https://s3.example.org}
 * @param region the region to sign requests for; most S3-compatible servers accept any
 * @param accessKey the access key id
 * @param secretKey the secret access key
 * @param prefix an optional folder inside the bucket, such as {@code portal/media}
 * @param pathStyle whether the bucket goes in the path rather than the host name, as most
 * S3-compatible servers need
 */
@ConfigurationProperties("portal.media.s3")
public record MediaS3Properties(String bucket, URI endpoint, @DefaultValue("us-east-1") String region, String accessKey,
		String secretKey, @DefaultValue("") String prefix, @DefaultValue("true") boolean pathStyle) {

	private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	public MediaS3Properties {
		bucket = blankToNull(bucket);
		accessKey = blankToNull(accessKey);
		secretKey = blankToNull(secretKey);
		prefix = trimSlashes(prefix);
		if (bucket != null) {
			require(endpoint != null && endpoint.getScheme() != null && endpoint.getHost() != null,
					"portal.media.s3.endpoint (PORTAL_MEDIA_S3_ENDPOINT) must be the server's http(s) address");
			require(region != null && !region.isBlank(), "portal.media.s3.region (PORTAL_MEDIA_S3_REGION) is empty");
			require(accessKey != null && secretKey != null, "portal.media.s3.access-key and portal.media.s3.secret-key "
					+ "(PORTAL_MEDIA_S3_ACCESS_KEY, PORTAL_MEDIA_S3_SECRET_KEY) are both required");
			require(prefix.isEmpty() || PREFIX.matcher(prefix).matches(),
					"portal.media.s3.prefix (PORTAL_MEDIA_S3_PREFIX) is folder names of letters, digits, '.', '_' and '-', separated by '/'");
		}
	}

	/** Whether media files go to object storage rather than the local folder. */
	public boolean enabled() {
		return this.bucket != null;
	}

	/** The name of an object in the bucket for a storage key. */
	String objectName(String key) {
		return this.prefix.isEmpty() ? key : this.prefix + "/" + key;
	}

	@Override
	public String toString() {
		// the secret key never reaches a log line
		return "MediaS3Properties[bucket=" + this.bucket + ", endpoint=" + this.endpoint + ", region=" + this.region
				+ ", prefix=" + this.prefix + ", pathStyle=" + this.pathStyle + "]";
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException("S3 media storage: " + message);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String trimSlashes(String value) {
		String result = (value != null) ? value.strip() : "";
		while (result.startsWith("/")) {
			result = result.substring(1);
		}
		while (result.endsWith("/")) {
			result = result.substring(0, result.length() - 1);
		}
		return result;
	}

}
