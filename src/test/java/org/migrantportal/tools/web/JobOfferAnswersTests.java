package org.migrantportal.tools.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TextDirection;
import org.migrantportal.tools.joboffer.JobOfferAnswer;
import org.migrantportal.tools.joboffer.JobOfferEntryView;
import org.migrantportal.tools.joboffer.QuestionPart;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class JobOfferAnswersTests {

	private static final SiteLocale KA = new SiteLocale("ka", "ქართული", TextDirection.LTR);

	private final List<JobOfferEntryView> questions = List.of(question(4L), question(7L));

	@Test
	void readsOneAnswerPerQuestion() {
		JobOfferAnswers answers = JobOfferAnswers.read(form("q4", "yes", "q7", "dont-know"), this.questions);
		assertThat(answers.hasErrors()).isFalse();
		assertThat(answers.answers()).containsEntry(4L, JobOfferAnswer.YES).containsEntry(7L, JobOfferAnswer.DONT_KNOW);
		assertThat(answers.chose(4L, "yes")).isTrue();
		assertThat(answers.chose(4L, "no")).isFalse();
	}

	@Test
	void aMissingAnswerIsAnErrorOfItsQuestionAndTheOtherAnswerIsKept() {
		JobOfferAnswers answers = JobOfferAnswers.read(form("q4", "no"), this.questions);
		assertThat(answers.hasErrors()).isTrue();
		assertThat(answers.error(7L)).isEqualTo("joboffer.error.answer");
		assertThat(answers.error(4L)).isNull();
		assertThat(answers.chose(4L, "no")).isTrue();
		assertThat(answers.formError()).isEqualTo("joboffer.error.form");
	}

	@Test
	void anUnknownValueOrTwoValuesAreErrorsOfTheQuestion() {
		MultiValueMap<String, String> form = form("q4", "perhaps", "q7", "yes");
		form.add("q7", "no");
		JobOfferAnswers answers = JobOfferAnswers.read(form, this.questions);
		assertThat(answers.error(4L)).isEqualTo("joboffer.error.answer");
		assertThat(answers.error(7L)).isEqualTo("joboffer.error.answer");
		assertThat(answers.answers()).isEmpty();
	}

	@Test
	void anAnswerToAQuestionNotShownIsAnErrorOfTheForm() {
		JobOfferAnswers answers = JobOfferAnswers.read(form("q4", "no", "q7", "no", "q99", "yes"), this.questions);
		assertThat(answers.hasErrors()).isTrue();
		assertThat(answers.formError()).isEqualTo("joboffer.error.unknown-question");
		assertThat(answers.answers()).hasSize(2);
	}

	@Test
	void otherParametersAreIgnored() {
		JobOfferAnswers answers = JobOfferAnswers.read(form("q4", "no", "q7", "no", "country", "ge", "qx", "1"),
				this.questions);
		assertThat(answers.hasErrors()).isFalse();
	}

	private static MultiValueMap<String, String> form(String... pairs) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			form.add(pairs[i], pairs[i + 1]);
		}
		return form;
	}

	private static JobOfferEntryView question(Long id) {
		return new JobOfferEntryView(id, QuestionPart.QUESTION, "კითხვა " + id, "ნიშანი", "რჩევა", KA, false, false);
	}

}
