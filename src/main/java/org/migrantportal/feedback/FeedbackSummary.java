package org.migrantportal.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * What visitors said about one page or service, per language, with the latest texts.
 *
 * @param target the page or service
 * @param languages the answers per language, in the order of the configured languages
 * @param texts the latest texts, newest first
 */
public record FeedbackSummary(FeedbackTarget target, List<LanguageCounts> languages, List<FeedbackText> texts) {

	/**
	 * The answers in one language.
	 *
	 * @param locale the language tag
	 * @param yes how many found it useful
	 * @param no how many did not
	 */
	public record LanguageCounts(String locale, long yes, long no) {

		/** The share of useful answers, in whole percent. */
		public long usefulPercent() {
			long all = this.yes + this.no;
			return (all == 0) ? 0 : Math.round(100.0 * this.yes / all);
		}

	}

	/**
	 * One visitor's text.
	 *
	 * @param id the feedback's id (to delete the text)
	 * @param locale the language the visitor used
	 * @param useful their answer
	 * @param text what they wrote, personal data already removed where recognised
	 * @param receivedOn the day it came
	 */
	public record FeedbackText(long id, String locale, boolean useful, String text, LocalDate receivedOn) {
	}

}
