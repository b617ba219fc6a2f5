package org.migrantportal.tools.joboffer;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.shared.StaffRole;

/** The editable kind of the job-offer check. */
public final class JobOfferKinds {

	/**
	 * A question of the job-offer check (or its introduction), translated per language:
	 * written by editors, reviewed, switched off rather than moved to a trash.
	 */
	public static final EditableKind QUESTION = new EditableKind("JOB_OFFER_QUESTION", StaffRole.EDITOR, false);

	private JobOfferKinds() {
	}

}
