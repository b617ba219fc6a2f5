package org.migrantportal.directory;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.shared.StaffRole;

/** The kinds of the directory that follow the editorial workflow. */
public final class DirectoryKinds {

	/** A service listing: records written by editors (not translators), with a trash. */
	public static final EditableKind SERVICE = new EditableKind("SERVICE", StaffRole.EDITOR, true);

	/**
	 * A help contact or emergency number: written by editors of its country, reviewed,
	 * with a trash.
	 */
	public static final EditableKind HELP_CONTACT = new EditableKind("HELP_CONTACT", StaffRole.EDITOR, true);

	private DirectoryKinds() {
	}

}
