package org.migrantportal.feedback;

import org.migrantportal.shared.NotFoundException;

/** A form names a page or service that is not public (or no longer): the 404 page. */
public class FeedbackTargetNotFoundException extends NotFoundException {

	FeedbackTargetNotFoundException(FeedbackTargetKind kind, long id) {
		super("No public " + kind + " " + id);
	}

}
