package org.migrantportal.directory;

import org.migrantportal.shared.NotFoundException;

/** No help contact has that id, or it is in the trash. */
public class HelpContactNotFoundException extends NotFoundException {

	HelpContactNotFoundException(Long id) {
		super("No help contact " + id);
	}

}
