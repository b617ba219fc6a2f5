package org.migrantportal.directory;

import org.migrantportal.shared.NotFoundException;

/** No service listing has that id, or it is in the trash. */
public class ListingNotFoundException extends NotFoundException {

	ListingNotFoundException(Long id) {
		super("No service listing " + id);
	}

}
