package org.migrantportal.tools.admin;

import org.migrantportal.tools.joboffer.EditableJobOfferTranslation;
import org.migrantportal.tools.joboffer.JobOfferText;

/**
 * The form of one language of a job-offer check entry: its three texts, the "awaiting
 * native review" flag and the version the editor loaded.
 */
public class JobOfferQuestionForm {

	private String question = "";

	private String warning = "";

	private String advice = "";

	private boolean awaitingNativeReview;

	private Long version;

	static JobOfferQuestionForm of(EditableJobOfferTranslation translation) {
		JobOfferQuestionForm form = new JobOfferQuestionForm();
		form.question = translation.text().question();
		form.warning = translation.text().warning();
		form.advice = translation.text().advice();
		form.awaitingNativeReview = translation.awaitingNativeReview();
		form.version = translation.version();
		return form;
	}

	JobOfferText toText() {
		return new JobOfferText(this.question, this.warning, this.advice);
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getWarning() {
		return this.warning;
	}

	public void setWarning(String warning) {
		this.warning = warning;
	}

	public String getAdvice() {
		return this.advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

	public boolean isAwaitingNativeReview() {
		return this.awaitingNativeReview;
	}

	public void setAwaitingNativeReview(boolean awaitingNativeReview) {
		this.awaitingNativeReview = awaitingNativeReview;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
