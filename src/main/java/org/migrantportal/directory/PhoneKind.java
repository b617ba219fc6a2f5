package org.migrantportal.directory;

import java.util.Locale;

/** What a phone number is for (HSDS {@code phone.type}, a subset). */
public enum PhoneKind {

	VOICE, CELL, TEXT, FAX;

	public String hsdsValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "directory.phone." + name().toLowerCase(Locale.ROOT);
	}

}
