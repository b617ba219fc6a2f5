package org.migrantportal.feedback;

import java.util.Locale;
import java.util.Optional;

/** What feedback can be about: the public pages that end with the feedback form. */
public enum FeedbackTargetKind {

	PAGE, TOPIC, NEWS, SERVICE;

	/** The kind a form names, in any letter case; empty when it names none. */
	public static Optional<FeedbackTargetKind> parse(String value) {
		if (value == null) {
			return Optional.empty();
		}
		for (FeedbackTargetKind kind : values()) {
			if (kind.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	public String messageKey() {
		return "feedback.kind." + name().toLowerCase(Locale.ROOT);
	}

}
