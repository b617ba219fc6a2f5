package org.migrantportal.feedback;

/**
 * Which feedback the back-office shows.
 *
 * @param locale only answers in this language, or null for all
 * @param kind only about this kind of target, or null for all
 */
public record FeedbackFilter(String locale, FeedbackTargetKind kind) {

	public static FeedbackFilter all() {
		return new FeedbackFilter(null, null);
	}

}
