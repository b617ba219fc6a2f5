package org.migrantportal.tools.joboffer;

import org.migrantportal.i18n.SiteLocale;

/**
 * A published entry of the job-offer check as the public reads it, in the best language
 * it has.
 *
 * @param shownLocale the language of the words
 * @param fallback whether that is not the language asked for
 */
public record JobOfferEntryView(Long id, QuestionPart part, String question, String warning, String advice,
		SiteLocale shownLocale, boolean fallback, boolean awaitingNativeReview) {

	/** The name of the form field that carries the answer to this question. */
	public String field() {
		return "q" + this.id;
	}

}
