package org.migrantportal.shared;

/**
 * Something the answer needs cannot be reached for now (object storage down, a full or
 * unmounted disk); every module's exception of that kind extends this one so the web
 * layer answers all of them with the same localized 503 page and {@code Retry-After},
 * never with a 500.
 */
public abstract class TemporarilyUnavailableException extends RuntimeException {

	/** How long a visitor or a cache in front should wait before asking again. */
	public static final int RETRY_AFTER_SECONDS = 60;

	protected TemporarilyUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
