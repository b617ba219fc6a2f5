package org.migrantportal.tools.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrantportal.tools.joboffer.JobOfferAnswer;
import org.migrantportal.tools.joboffer.JobOfferEntryView;

import org.springframework.util.MultiValueMap;

/**
 * The answers a visitor sent to the job-offer check, read from the posted form: one of
 * yes, no or don't know for every question shown. What cannot be read is an error of its
 * question (a missing or unknown answer) or of the form (a question that is not shown);
 * the answers that were readable stay, so the form comes back as the visitor left it.
 *
 * @param answers the readable answers by question id
 * @param errors message keys by question id
 * @param formError a message key for the whole form, or null
 */
record JobOfferAnswers(Map<Long, JobOfferAnswer> answers, Map<Long, String> errors, String formError) {

	private static final Pattern FIELD = Pattern.compile("q(\\d{1,18})");

	static JobOfferAnswers empty() {
		return new JobOfferAnswers(Map.of(), Map.of(), null);
	}

	static JobOfferAnswers read(MultiValueMap<String, String> form, List<JobOfferEntryView> questions) {
		Map<Long, JobOfferAnswer> answers = new LinkedHashMap<>();
		Map<Long, String> errors = new HashMap<>();
		String formError = null;
		for (Map.Entry<String, List<String>> parameter : form.entrySet()) {
			Matcher field = FIELD.matcher(parameter.getKey());
			if (!field.matches()) {
				continue;
			}
			Long id = Long.valueOf(field.group(1));
			if (questions.stream().noneMatch((question) -> question.id().equals(id))) {
				formError = "joboffer.error.unknown-question";
				continue;
			}
			List<String> values = parameter.getValue();
			Optional<JobOfferAnswer> answer = (values.size() == 1) ? JobOfferAnswer.parse(values.get(0))
					: Optional.empty();
			if (answer.isPresent()) {
				answers.put(id, answer.get());
			}
			else {
				errors.put(id, "joboffer.error.answer");
			}
		}
		for (JobOfferEntryView question : questions) {
			if (!answers.containsKey(question.id())) {
				errors.putIfAbsent(question.id(), "joboffer.error.answer");
			}
		}
		if (formError == null && !errors.isEmpty()) {
			formError = "joboffer.error.form";
		}
		return new JobOfferAnswers(Map.copyOf(answers), Map.copyOf(errors), formError);
	}

	boolean hasErrors() {
		return this.formError != null || !this.errors.isEmpty();
	}

	/** Whether the visitor chose this answer to this question: its radio is checked. */
	public boolean chose(Long questionId, String value) {
		JobOfferAnswer answer = this.answers.get(questionId);
		return answer != null && answer.value().equals(value);
	}

	public String error(Long questionId) {
		return this.errors.get(questionId);
	}

}
