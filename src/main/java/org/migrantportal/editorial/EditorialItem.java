package org.migrantportal.editorial;

import org.migrantportal.shared.CountryScope;

/**
 * The facts about one editable item that the policy decides on.
 *
 * @param country the country the item belongs to
 * @param organizationId the organization that owns it, if any (partner NGOs' staff work
 * only on their own)
 * @param state where its working copy stands
 * @param live whether a published version is online
 * @param inTrash whether it is in the trash
 * @param lastEditorId the account that saved the working copy last (four eyes)
 * @param fourEyes whether its country requires another person to publish an edit
 */
public record EditorialItem(CountryScope country, Long organizationId, WorkflowState state, boolean live,
		boolean inTrash, Long lastEditorId, boolean fourEyes) {

	/** A new item, not saved yet, of this country and organization. */
	public static EditorialItem unsaved(CountryScope country, Long organizationId) {
		return new EditorialItem(country, organizationId, WorkflowState.DRAFT, false, false, null, false);
	}

}
