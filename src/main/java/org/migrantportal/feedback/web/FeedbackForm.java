package org.migrantportal.feedback.web;

import java.util.OptionalLong;

import org.migrantportal.feedback.FeedbackService;
import org.migrantportal.feedback.FeedbackTargetKind;

/**
 * What a visitor sent from a feedback form, kept as typed so a refused form comes back
 * with their words, with the message key of what is wrong.
 *
 * @param kind the kind of target as posted
 * @param id the target's id as posted
 * @param useful {@code yes} or {@code no} as posted
 * @param text the optional text as typed
 * @param usefulError message key when no answer was chosen, else null
 * @param textError message key when the text is too long, else null
 */
record FeedbackForm(String kind, String id, String useful, String text, String usefulError, String textError) {

	static FeedbackForm read(String kind, String id, String useful, String text) {
		String usefulError = ("yes".equals(useful) || "no".equals(useful)) ? null : "feedback.error.useful";
		String textError = FeedbackService.isTooLong(text) ? "feedback.error.too-long" : null;
		return new FeedbackForm(kind, id, useful, text, usefulError, textError);
	}

	boolean hasErrors() {
		return this.usefulError != null || this.textError != null;
	}

	boolean isUseful() {
		return "yes".equals(this.useful);
	}

	/** The kind named, if it is one. */
	FeedbackTargetKind targetKind() {
		return FeedbackTargetKind.parse(this.kind).orElse(null);
	}

	/** The id posted, if it is a number. */
	OptionalLong targetId() {
		if (this.id == null || !this.id.strip().matches("\\d{1,18}")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(this.id.strip()));
	}

}
