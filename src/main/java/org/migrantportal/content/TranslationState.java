package org.migrantportal.content;

import java.util.Locale;

/** The editorial workflow state of one translation's working copy. */
public enum TranslationState {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "content.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
