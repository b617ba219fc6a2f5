package org.migrantportal.tools.joboffer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a visitor's answers into the job-offer check's findings: every "yes" is a warning
 * sign, every "don't know" something to check, every "no" nothing. No score and no
 * verdict: one warning sign is enough reason to ask for help before accepting.
 */
public final class JobOfferAssessment {

	private JobOfferAssessment() {
	}

	/**
	 * The findings for these answers, by question id; a question without an answer shows
	 * nothing.
	 */
	public static JobOfferResult assess(List<JobOfferEntryView> questions, Map<Long, JobOfferAnswer> answers) {
		List<JobOfferEntryView> signs = new ArrayList<>();
		List<JobOfferEntryView> toCheck = new ArrayList<>();
		for (JobOfferEntryView question : questions) {
			JobOfferAnswer answer = answers.get(question.id());
			if (answer == JobOfferAnswer.YES) {
				signs.add(question);
			}
			else if (answer == JobOfferAnswer.DONT_KNOW) {
				toCheck.add(question);
			}
		}
		return new JobOfferResult(List.copyOf(signs), List.copyOf(toCheck));
	}

}
