package org.migrantportal.tools.joboffer;

import org.migrantportal.editorial.WorkflowState;

/**
 * One language of a job-offer check entry as its form shows it. A translation that does
 * not exist yet has version -1, state null and empty words.
 *
 * @param published the words the public reads now, or null
 */
public record EditableJobOfferTranslation(Long questionId, QuestionPart part, String locale, long version,
		WorkflowState state, boolean live, JobOfferText text, boolean awaitingNativeReview, String translatedFrom,
		String sentBackReason, String sentBackBy, JobOfferText published) {

	public boolean exists() {
		return this.state != null;
	}

}
