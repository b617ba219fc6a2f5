package org.migrantportal.tools.joboffer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a job-offer check translation needs before it is saved or published: every field
 * filled in and none longer than {@link JobOfferText#MAX_LENGTH}.
 */
final class JobOfferRules {

	private JobOfferRules() {
	}

	/** Field name to message key of every problem; empty when there is none. */
	static Map<String, String> problems(JobOfferText text) {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, "question", text.question());
		check(problems, "warning", text.warning());
		check(problems, "advice", text.advice());
		return problems;
	}

	static void require(JobOfferText text) {
		Map<String, String> problems = problems(text);
		if (!problems.isEmpty()) {
			throw new JobOfferRuleException(problems);
		}
	}

	private static void check(Map<String, String> problems, String field, String value) {
		if (value.isEmpty()) {
			problems.put(field, "joboffer.error.required");
		}
		else if (value.length() > JobOfferText.MAX_LENGTH) {
			problems.put(field, "joboffer.error.too-long");
		}
	}

}
