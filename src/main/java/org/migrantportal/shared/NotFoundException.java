package org.migrantportal.shared;

/**
 * Something a URL names does not exist (or is not public); every module's not-found
 * exception extends this one so the web layer answers all of them with the same localized
 * 404 page.
 */
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
