package org.migrantportal.content;

import org.migrantportal.shared.NotFoundException;

/** No public topic or page answers to the slug in a URL. */
public class ContentNotFoundException extends NotFoundException {

	private ContentNotFoundException(String message) {
		super(message);
	}

	public static ContentNotFoundException topic() {
		return new ContentNotFoundException("No public topic has this slug");
	}

	public static ContentNotFoundException news() {
		return new ContentNotFoundException("No public news item has this slug");
	}

	public static ContentNotFoundException page() {
		return new ContentNotFoundException("No public page has this slug");
	}

}
