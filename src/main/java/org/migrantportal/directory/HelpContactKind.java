package org.migrantportal.directory;

import java.util.Locale;

/** What kind of help a contact offers. */
public enum HelpContactKind {

	HOTLINE, OFFICE, SERVICE;

	public String messageKey() {
		return "directory.contact.kind." + name().toLowerCase(Locale.ROOT);
	}

}
