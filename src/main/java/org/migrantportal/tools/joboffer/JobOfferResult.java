package org.migrantportal.tools.joboffer;

import java.util.List;

/**
 * What the job-offer check found: the warning signs the answers show ("yes") and the
 * things the visitor should find out before accepting ("don't know"), each with its
 * advice, in the order of the questions.
 */
public record JobOfferResult(List<JobOfferEntryView> warningSigns, List<JobOfferEntryView> toCheck) {

	/** Whether no answer showed a warning sign or left something to find out. */
	public boolean isClear() {
		return this.warningSigns.isEmpty() && this.toCheck.isEmpty();
	}

}
