package org.migrantportal.media;

import org.migrantportal.shared.NotFoundException;

/** No media file with this id, or not one the person may see (trashed, not public). */
public class MediaNotFoundException extends NotFoundException {

	MediaNotFoundException(String message) {
		super(message);
	}

	public static MediaNotFoundException of(long id) {
		return new MediaNotFoundException("No media file " + id);
	}

}
