package org.migrantportal.callback;

import java.util.Locale;

/** Where a call-back request stands: new, called back, closed. */
public enum CallBackState {

	NEW, CALLED, CLOSED;

	/** Whether staff may move a request from this state to the other. */
	public boolean canMoveTo(CallBackState next) {
		return next.ordinal() > ordinal();
	}

	public String messageKey() {
		return "callback.state." + name().toLowerCase(Locale.ROOT);
	}

}
