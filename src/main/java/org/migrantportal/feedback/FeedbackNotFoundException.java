package org.migrantportal.feedback;

import org.migrantportal.shared.NotFoundException;

/** A back-office link names feedback that does not exist (any more). */
public class FeedbackNotFoundException extends NotFoundException {

	FeedbackNotFoundException(long id) {
		super("No feedback " + id);
	}

}
