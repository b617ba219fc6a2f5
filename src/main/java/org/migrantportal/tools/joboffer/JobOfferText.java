package org.migrantportal.tools.joboffer;

/**
 * The words of one translation of a job-offer check entry.
 *
 * @param question the question asked (for the introduction: the introduction itself)
 * @param warning the warning sign a "yes" shows (for the introduction: what is said when
 * no sign was found)
 * @param advice what to do about it (for the introduction: the next steps shown with
 * every answer)
 */
public record JobOfferText(String question, String warning, String advice) {

	/** The longest text of one field. */
	public static final int MAX_LENGTH = 2000;

	public JobOfferText {
		question = clean(question);
		warning = clean(warning);
		advice = clean(advice);
	}

	private static String clean(String text) {
		return (text != null) ? text.strip().replace("\r\n", "\n") : "";
	}

}
