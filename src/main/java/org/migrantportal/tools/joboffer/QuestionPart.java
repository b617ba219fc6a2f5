package org.migrantportal.tools.joboffer;

import java.util.Locale;

/**
 * What an entry of the job-offer check is: the introduction (its texts are the
 * introduction, the words shown when no warning sign was found, and the general next
 * steps) or one question (the question, the warning it raises, the advice).
 */
public enum QuestionPart {

	INTRO, QUESTION;

	public String messageKey() {
		return "joboffer.part." + name().toLowerCase(Locale.ROOT);
	}

}
