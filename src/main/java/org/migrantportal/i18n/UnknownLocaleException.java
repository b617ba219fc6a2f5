package org.migrantportal.i18n;

/** A URL named a language the site is not served in; answered with a 404 page. */
public class UnknownLocaleException extends RuntimeException {

	public UnknownLocaleException(String tag) {
		super("Unknown site locale");
	}

}
