package org.migrantportal.tools.joboffer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.TextDirection;

import static org.assertj.core.api.Assertions.assertThat;

class JobOfferAssessmentTests {

	private static final SiteLocale EN = new SiteLocale("en", "English", TextDirection.LTR);

	private final JobOfferEntryView fee = question(1L, "Asked to pay a fee?");

	private final JobOfferEntryView passport = question(2L, "Passport kept?");

	private final JobOfferEntryView contract = question(3L, "No written contract?");

	private final List<JobOfferEntryView> questions = List.of(this.fee, this.passport, this.contract);

	@Test
	void everyYesIsAWarningSignInTheOrderOfTheQuestions() {
		JobOfferResult result = JobOfferAssessment.assess(this.questions,
				Map.of(3L, JobOfferAnswer.YES, 1L, JobOfferAnswer.YES, 2L, JobOfferAnswer.NO));
		assertThat(result.warningSigns()).containsExactly(this.fee, this.contract);
		assertThat(result.toCheck()).isEmpty();
		assertThat(result.isClear()).isFalse();
	}

	@Test
	void dontKnowIsSomethingToFindOutNotAWarningSign() {
		JobOfferResult result = JobOfferAssessment.assess(this.questions,
				Map.of(1L, JobOfferAnswer.NO, 2L, JobOfferAnswer.DONT_KNOW, 3L, JobOfferAnswer.YES));
		assertThat(result.warningSigns()).containsExactly(this.contract);
		assertThat(result.toCheck()).containsExactly(this.passport);
	}

	@Test
	void allNoIsClear() {
		JobOfferResult result = JobOfferAssessment.assess(this.questions,
				Map.of(1L, JobOfferAnswer.NO, 2L, JobOfferAnswer.NO, 3L, JobOfferAnswer.NO));
		assertThat(result.isClear()).isTrue();
	}

	@Test
	void oneYesIsEnoughToShowASign() {
		JobOfferResult result = JobOfferAssessment.assess(this.questions,
				Map.of(1L, JobOfferAnswer.NO, 2L, JobOfferAnswer.YES, 3L, JobOfferAnswer.NO));
		assertThat(result.warningSigns()).extracting(JobOfferEntryView::warning).containsExactly("Warning 2");
	}

	@Test
	void answersToQuestionsNotShownAreIgnored() {
		JobOfferResult result = JobOfferAssessment.assess(List.of(this.fee), Map.of(2L, JobOfferAnswer.YES));
		assertThat(result.isClear()).isTrue();
	}

	@Test
	void formValuesNameTheAnswersAndNothingElse() {
		assertThat(JobOfferAnswer.parse("yes")).contains(JobOfferAnswer.YES);
		assertThat(JobOfferAnswer.parse("dont-know")).contains(JobOfferAnswer.DONT_KNOW);
		assertThat(JobOfferAnswer.parse("YES")).isEmpty();
		assertThat(JobOfferAnswer.parse("maybe")).isEmpty();
		assertThat(JobOfferAnswer.parse(null)).isEmpty();
	}

	private static JobOfferEntryView question(Long id, String text) {
		return new JobOfferEntryView(id, QuestionPart.QUESTION, text, "Warning " + id, "Advice " + id, EN, false,
				false);
	}

}
