package org.migrantportal.tools.joboffer;

/**
 * Someone else saved the translation since the editor loaded it: nothing was saved, and
 * the stored version comes with the exception so the form can show both.
 */
public class JobOfferEditConflictException extends RuntimeException {

	private final transient EditableJobOfferTranslation stored;

	JobOfferEditConflictException(EditableJobOfferTranslation stored) {
		super("Job-offer question " + stored.questionId() + " (" + stored.locale() + ") changed since it was loaded");
		this.stored = stored;
	}

	public EditableJobOfferTranslation stored() {
		return this.stored;
	}

}
