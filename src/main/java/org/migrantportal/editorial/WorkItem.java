package org.migrantportal.editorial;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * One item of open work, for the review queue: a draft or a text in review.
 *
 * @param kind its kind
 * @param id its id
 * @param locale the language of the translation, or null for a record in all languages
 * @param title its title in that language (or the person's)
 * @param editPath the back-office path that opens it
 * @param sentBackReason the reviewer's reason, when it was sent back and not submitted
 * since; else null
 * @param sentBackBy who sent it back, when it was
 */
public record WorkItem(EditableKind kind, Long id, String locale, String title, String editPath, WorkflowState state,
		CountryScope country, Long organizationId, Long lastEditorId, boolean fourEyes, String sentBackReason,
		String sentBackBy, Instant updatedAt) {

	/** The facts the policy decides on. */
	public EditorialItem facts() {
		return new EditorialItem(this.country, this.organizationId, this.state, false, false, this.lastEditorId,
				this.fourEyes);
	}

	public boolean sentBack() {
		return this.sentBackReason != null;
	}

}
