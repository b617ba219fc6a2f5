package org.migrantportal.media;

import java.util.Locale;

/** What a media file is: an image shown on pages, or a document (a PDF leaflet). */
public enum MediaKind {

	IMAGE, DOCUMENT;

	public String messageKey() {
		return "media.kind." + name().toLowerCase(Locale.ROOT);
	}

}
