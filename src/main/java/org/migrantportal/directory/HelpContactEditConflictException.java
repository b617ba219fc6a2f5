package org.migrantportal.directory;

/**
 * Someone else saved the help contact since the editor loaded it; nothing was
 * overwritten. Carries what is stored now, so the editor sees both.
 */
public class HelpContactEditConflictException extends RuntimeException {

	private final EditableHelpContact stored;

	HelpContactEditConflictException(EditableHelpContact stored) {
		super("The help contact changed since it was loaded");
		this.stored = stored;
	}

	public EditableHelpContact stored() {
		return this.stored;
	}

}
