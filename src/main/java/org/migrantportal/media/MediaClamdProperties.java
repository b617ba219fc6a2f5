package org.migrantportal.media;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the virus scanner listens ({@code portal.media.clamd.*}, or
 * {@code PORTAL_MEDIA_CLAMD_*} in the environment). Without a host, uploads are not
 * scanned; with one, every upload goes to clamd first and is refused when clamd cannot
 * give an answer.
 *
 * @param host clamd's host name or address, on a private network
 * @param port clamd's TCP port ({@code TCPSocket} in clamd.conf)
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout how long to wait for clamd's answer once the file is sent (a large
 * PDF takes a few seconds on a busy scanner)
 */
@ConfigurationProperties("portal.media.clamd")
public record MediaClamdProperties(String host, @DefaultValue("3310") int port,
		@DefaultValue("3s") Duration connectTimeout, @DefaultValue("60s") Duration readTimeout) {

	public MediaClamdProperties {
		host = (host == null || host.isBlank()) ? null : host.strip();
		if (host != null && (port < 1 || port > 65535)) {
			throw new IllegalArgumentException("portal.media.clamd.port (PORTAL_MEDIA_CLAMD_PORT) must be 1-65535");
		}
		if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative()
				|| readTimeout.isZero()) {
			throw new IllegalArgumentException("portal.media.clamd timeouts must be positive");
		}
	}

	/** Whether uploads are scanned. */
	public boolean enabled() {
		return this.host != null;
	}

	/** Where clamd is, for log lines. */
	String address() {
		return this.host + ":" + this.port;
	}

}
