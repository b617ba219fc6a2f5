package org.migrantportal.callback;

import java.util.Map;

/**
 * A request that cannot be taken as sent: the message key of each wrong field's error, by
 * field name. Nothing was stored.
 */
public class CallBackRefusedException extends RuntimeException {

	private final Map<String, String> problems;

	CallBackRefusedException(Map<String, String> problems) {
		super("Call-back request refused: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	/** The message key of each wrong field's error, by field name. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
