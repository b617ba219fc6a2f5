package org.migrantportal.tools.joboffer;

import java.util.Map;

/**
 * The words break a rule (a field left empty or too long, a send-back without a reason):
 * nothing was saved; the problems name the field and the message key.
 */
public class JobOfferRuleException extends RuntimeException {

	private final transient Map<String, String> problems;

	JobOfferRuleException(Map<String, String> problems) {
		super("Job-offer question rules broken: " + problems.keySet());
		this.problems = Map.copyOf(problems);
	}

	/** Field name to message key. */
	public Map<String, String> problems() {
		return this.problems;
	}

}
