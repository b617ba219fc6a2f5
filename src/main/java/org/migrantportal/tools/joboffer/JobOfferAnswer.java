package org.migrantportal.tools.joboffer;

import java.util.Optional;

/**
 * A visitor's answer to one question. Every question is asked so that "yes" is the
 * warning sign; "don't know" is something to find out before accepting.
 */
public enum JobOfferAnswer {

	YES("yes"), NO("no"), DONT_KNOW("dont-know");

	private final String value;

	JobOfferAnswer(String value) {
		this.value = value;
	}

	/** The value the form sends. */
	public String value() {
		return this.value;
	}

	public String messageKey() {
		return "joboffer.answer." + this.value;
	}

	/** The answer a form value names, if it names one. */
	public static Optional<JobOfferAnswer> parse(String value) {
		for (JobOfferAnswer answer : values()) {
			if (answer.value.equals(value)) {
				return Optional.of(answer);
			}
		}
		return Optional.empty();
	}

}
