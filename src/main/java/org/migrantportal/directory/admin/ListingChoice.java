package org.migrantportal.directory.admin;

/**
 * One option of the listing form's selects and checkbox lists: the value the document
 * stores, and its name as a message key or, for a value the portal does not know (kept so
 * nothing is lost), as a plain name.
 *
 * @param lang the language the name is written in, when it is not the back-office's
 */
record ListingChoice(String value, String messageKey, String name, String lang) {

	static ListingChoice named(String value, String messageKey) {
		return new ListingChoice(value, messageKey, null, null);
	}

	static ListingChoice plain(String value, String name, String lang) {
		return new ListingChoice(value, null, name, lang);
	}

}
