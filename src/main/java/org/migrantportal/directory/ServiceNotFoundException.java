package org.migrantportal.directory;

import org.migrantportal.shared.NotFoundException;

/** No published service or organization answers to a slug. */
public class ServiceNotFoundException extends NotFoundException {

	private ServiceNotFoundException(String message) {
		super(message);
	}

	public static ServiceNotFoundException service(String slug) {
		return new ServiceNotFoundException("No published service " + slug);
	}

	public static ServiceNotFoundException organization(String slug) {
		return new ServiceNotFoundException("No organization " + slug);
	}

}
