package org.migrantportal.directory;

import java.util.Locale;

/** Where the latest saved revision of a listing stands. */
public enum ListingReviewState {

	DRAFT, IN_REVIEW, PUBLISHED;

	public String messageKey() {
		return "directory.review." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
