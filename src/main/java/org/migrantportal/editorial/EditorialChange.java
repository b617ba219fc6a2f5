package org.migrantportal.editorial;

import java.util.Locale;

/** What happened to an editable item, in the past tense; one meaning for every kind. */
public enum EditorialChange {

	CREATED, TRANSLATION_CREATED, SAVED, SUBMITTED, SENT_BACK, PUBLISHED, UNPUBLISHED, SCHEDULED, PUBLISHED_ON_SCHEDULE,
	UNPUBLISHED_ON_SCHEDULE, MARKED_AWAITING_NATIVE_REVIEW, NATIVE_REVIEW_CONFIRMED, DETAILS_CHANGED, VERIFIED,
	MOVED_TO_TRASH, RESTORED, PURGED;

	/** Whether the public site may look different afterwards (caches, search index). */
	public boolean changesPublicSite() {
		return switch (this) {
			case PUBLISHED, UNPUBLISHED, PUBLISHED_ON_SCHEDULE, UNPUBLISHED_ON_SCHEDULE, DETAILS_CHANGED,
					MOVED_TO_TRASH, RESTORED, PURGED, MARKED_AWAITING_NATIVE_REVIEW, NATIVE_REVIEW_CONFIRMED,
					VERIFIED ->
				true;
			default -> false;
		};
	}

	public String messageKey() {
		return "editorial.change." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
