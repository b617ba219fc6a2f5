package org.migrantportal.tools.joboffer;

import org.migrantportal.shared.NotFoundException;

/** No job-offer check entry has that id, or no configured language has that tag. */
public class JobOfferQuestionNotFoundException extends NotFoundException {

	JobOfferQuestionNotFoundException(Object what) {
		super("No job-offer question " + what);
	}

}
