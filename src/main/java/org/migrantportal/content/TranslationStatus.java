package org.migrantportal.content;

import java.util.Locale;

/** The state of one cell of the translation dashboard: one item in one language. */
public enum TranslationStatus {

	MISSING, DRAFT, IN_REVIEW, PUBLISHED, OUTDATED, UNPUBLISHED;

	public String messageKey() {
		return "translations.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
