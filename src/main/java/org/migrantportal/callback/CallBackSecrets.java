package org.migrantportal.callback;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.SecretBox;

import org.springframework.stereotype.Component;

/**
 * Seals and opens what a visitor typed, under {@code PORTAL_CALLBACK_KEY}. Without a key
 * there is no built-in fallback: the service is simply not offered, so nothing is ever
 * stored under a key that anyone with the source code knows. After a change of key, what
 * was sealed under the one before ({@code PORTAL_CALLBACK_PREVIOUS_KEY}) can still be
 * opened, so requests taken before the change are not lost to the staff who call back.
 */
@Component
class CallBackSecrets {

	private static final Logger logger = LoggerFactory.getLogger(CallBackSecrets.class);

	private final SecretBox box;

	private final SecretBox previous;

	CallBackSecrets(CallBackProperties properties) {
		this.previous = (properties.available() && !properties.previousKey().isEmpty())
				? new SecretBox(properties.previousKey()) : null;
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

	/**
	 * The plain text, or null when it was sealed under a key neither current nor the
	 * previous one.
	 */
	String openOrNull(String sealed) {
		String plain = openOrNull(box(), sealed);
		return (plain == null && this.previous != null) ? openOrNull(this.previous, sealed) : plain;
	}

	private static String openOrNull(SecretBox box, String sealed) {
		try {
			return new String(box.open(sealed), StandardCharsets.UTF_8);
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
