package org.migrantportal.editorial;

import java.util.Locale;

import org.migrantportal.shared.StaffRole;

/**
 * What a person asks to do to an editable item; each has one meaning for every kind and
 * the least role it needs ({@link #SAVE} and {@link #SUBMIT} need the kind's writer role,
 * which is a translator for texts and an editor for records).
 */
public enum EditorialAction {

	SAVE(null), SUBMIT(null), SEND_BACK(StaffRole.REVIEWER), PUBLISH(StaffRole.REVIEWER), UNPUBLISH(StaffRole.REVIEWER),
	SCHEDULE(StaffRole.REVIEWER), VERIFY(StaffRole.EDITOR), MOVE_TO_TRASH(StaffRole.EDITOR), RESTORE(StaffRole.EDITOR),
	PURGE(StaffRole.ADMIN);

	private final StaffRole role;

	EditorialAction(StaffRole role) {
		this.role = role;
	}

	/**
	 * The least role this action needs for a kind whose texts are written by
	 * {@code writer}.
	 */
	public StaffRole requiredRole(StaffRole writer) {
		return (this.role != null) ? this.role : writer;
	}

	public String messageKey() {
		return "editorial.action." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
