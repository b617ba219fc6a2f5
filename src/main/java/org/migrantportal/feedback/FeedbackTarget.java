package org.migrantportal.feedback;

import org.migrantportal.shared.CountryScope;

/**
 * A page, topic, news item or service that feedback is about.
 *
 * @param kind what it is
 * @param id its id in its own module
 * @param country its country scope, null when it no longer exists
 * @param organizationId the organization that maintains it, if any
 * @param title its title in the reader's language or a fallback; null when unknown
 * @param path where the public sees it, or null when it is not public
 */
public record FeedbackTarget(FeedbackTargetKind kind, long id, CountryScope country, Long organizationId, String title,
		String path) {

	/** A target that no longer exists (deleted for good). */
	static FeedbackTarget gone(FeedbackTargetKind kind, long id) {
		return new FeedbackTarget(kind, id, null, null, null, null);
	}

	public boolean exists() {
		return this.country != null;
	}

}
