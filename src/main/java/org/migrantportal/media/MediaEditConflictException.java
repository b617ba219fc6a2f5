package org.migrantportal.media;

/** Someone saved a file's words in this language since the form was loaded. */
public class MediaEditConflictException extends RuntimeException {

	private final String locale;

	MediaEditConflictException(String locale) {
		super("Media text in " + locale + " was changed meanwhile");
		this.locale = locale;
	}

	public String locale() {
		return this.locale;
	}

}
