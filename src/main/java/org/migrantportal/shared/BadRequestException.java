package org.migrantportal.shared;

/**
 * A request whose parameters make no sense (a page number out of range, say); the web
 * layer answers it with the localized 400 page.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
