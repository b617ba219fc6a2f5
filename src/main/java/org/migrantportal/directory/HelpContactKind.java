package org.migrantportal.directory;

import java.util.Locale;

/**
 * What kind of help a contact offers. Emergency numbers and hotlines are the numbers the
 * emergency block of every public page shows.
 */
public enum HelpContactKind {

	EMERGENCY, HOTLINE, OFFICE, SERVICE;

	public String messageKey() {
		return "directory.contact.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** Whether the emergency block shows this kind's numbers. */
	public boolean urgent() {
		return this == EMERGENCY || this == HOTLINE;
	}

}
