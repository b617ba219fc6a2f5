package org.migrantportal.content;

/** The editorial workflow state of one translation. */
public enum TranslationState {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED

}
