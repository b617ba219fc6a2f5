package org.migrantportal.media;

/**
 * The storage of media files could not be reached or refused a read or write (a full or
 * unmounted disk, object storage down, wrong credentials). An upload that meets it stores
 * nothing, and the back-office tells the editor to try again later.
 */
public class MediaStorageException extends RuntimeException {

	MediaStorageException(String message, Throwable cause) {
		super(message, cause);
	}

}
