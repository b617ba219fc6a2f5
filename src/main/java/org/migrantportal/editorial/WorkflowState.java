package org.migrantportal.editorial;

import java.util.Locale;

/**
 * Where the working copy of an editable item stands. Whether a published version is
 * online is a separate fact: a draft can be saved over a published item that stays online
 * unchanged until the draft is published.
 */
public enum WorkflowState {

	/** Saved, not yet sent to a reviewer (or sent back by one). */
	DRAFT,

	/** Sent for review; a reviewer publishes it or sends it back. */
	IN_REVIEW,

	/** The working copy is what the public sees. */
	PUBLISHED,

	/** Was published, then taken offline. */
	UNPUBLISHED;

	public String messageKey() {
		return "editorial.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
