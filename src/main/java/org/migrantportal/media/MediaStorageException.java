package org.migrantportal.media;

import org.migrantportal.shared.TemporarilyUnavailableException;

/**
 * The storage of media files could not be reached or refused a read or write (a full or
 * unmounted disk, object storage down, wrong credentials). An upload that meets it stores
 * nothing, and the back-office tells the editor to try again later.
 */
public class MediaStorageException extends TemporarilyUnavailableException {

	MediaStorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
