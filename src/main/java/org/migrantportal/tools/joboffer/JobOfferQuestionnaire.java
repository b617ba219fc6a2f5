package org.migrantportal.tools.joboffer;

import java.util.List;

/**
 * The published job-offer check in one language: the introduction (null while none is
 * published) and the questions switched on, in order.
 */
public record JobOfferQuestionnaire(JobOfferEntryView intro, List<JobOfferEntryView> questions) {

	public boolean isEmpty() {
		return this.questions.isEmpty();
	}

}
