package org.migrantportal.tools.joboffer;

import java.util.List;

import org.migrantportal.editorial.WorkflowState;

/**
 * An entry of the job-offer check as the back-office lists it: its order, whether it is
 * switched on, its title in the staff member's language (or the best one it has) and
 * where each language stands.
 */
public record JobOfferQuestionRow(Long id, QuestionPart part, int position, boolean enabled, long version, String title,
		List<TranslationStatus> translations) {

	/**
	 * Where one language stands; {@code state} is null when the translation does not
	 * exist yet.
	 */
	public record TranslationStatus(String locale, WorkflowState state, boolean live, boolean awaitingNativeReview) {

		public boolean exists() {
			return this.state != null;
		}

	}

}
