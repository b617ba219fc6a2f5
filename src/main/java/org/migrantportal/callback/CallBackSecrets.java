package org.migrantportal.callback;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.SecretBox;

import org.springframework.stereotype.Component;

/**
 * Seals and opens what a visitor typed, under {@code PORTAL_CALLBACK_KEY}. Without a key
 * there is no built-in fallback: the service is simply not offered, so nothing is ever
 * stored under a key that anyone with the source code knows.
 */
@Component
class CallBackSecrets {

	private static final Logger logger = LoggerFactory.getLogger(CallBackSecrets.class);

	private final SecretBox box;

	CallBackSecrets(CallBackProperties properties) {
		if (properties.available()) {
			this.box = new SecretBox(properties.key());
		}
		else {
			this.box = null;
			logger.info("PORTAL_CALLBACK_KEY is not set: the call-back form says the service is not available");
		}
	}

	boolean available() {
		return this.box != null;
	}

	String seal(String plain) {
		return box().seal(plain.getBytes(StandardCharsets.UTF_8));
	}

	/** The plain text, or null when it was sealed under another key (the key changed). */
	String openOrNull(String sealed) {
		try {
			return new String(box().open(sealed), StandardCharsets.UTF_8);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}

	private SecretBox box() {
		if (this.box == null) {
			throw new IllegalStateException("No call-back key is configured");
		}
		return this.box;
	}

}
