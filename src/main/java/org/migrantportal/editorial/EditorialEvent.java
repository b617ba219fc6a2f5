package org.migrantportal.editorial;

import java.time.Instant;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;

/**
 * Something happened to an editable item; published by the module that owns the kind and
 * consumed by audit, search and notifications.
 *
 * @param kind the kind of item
 * @param subjectId the item's id
 * @param locale the language of the translation it concerns, or null for the item as a
 * whole
 * @param change what happened
 * @param title the item's title (or key) at the time, for people reading the audit
 * @param country the item's country
 * @param organizationId the organization that owns it, if any
 * @param editorId the account that saved its working copy last, if any (whom a send-back
 * concerns)
 * @param reason why, when a reviewer sent it back; else null
 * @param actorId the staff member who did it, or null for the system (schedule, initial
 * data)
 * @param actorEmail their e-mail address, or null
 * @param at when
 * @param editPath the back-office path that opens the item (for notifications)
 */
public record EditorialEvent(EditableKind kind, Long subjectId, String locale, EditorialChange change, String title,
		CountryScope country, Long organizationId, Long editorId, String reason, Long actorId, String actorEmail,
		Instant at, String editPath) {

	/**
	 * The event of a change by a person (or by the system when {@code actor} is null).
	 */
	public static EditorialEvent of(EditableKind kind, Long subjectId, String locale, EditorialChange change,
			String title, CountryScope country, Long organizationId, Long editorId, String reason, Actor actor,
			Instant at, String editPath) {
		return new EditorialEvent(kind, subjectId, locale, change, title, country, organizationId, editorId, reason,
				(actor != null) ? actor.accountId() : null, (actor != null) ? actor.email() : null, at, editPath);
	}

	/** The audit action, e.g. {@code PAGE_PUBLISHED}. */
	public String auditAction() {
		return this.kind.key() + "_" + this.change.name();
	}

}
