package org.migrantportal.callback;

import org.migrantportal.shared.NotFoundException;

/** A call-back request that does not exist (any more: it may have been deleted). */
public class CallBackNotFoundException extends NotFoundException {

	CallBackNotFoundException(String message) {
		super(message);
	}

	public static CallBackNotFoundException of(long id) {
		return new CallBackNotFoundException("No call-back request " + id);
	}

}
