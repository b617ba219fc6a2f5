package org.migrantportal.editorial;

/**
 * An action the workflow does not allow in the item's state (submitting what is not a
 * draft, publishing one's own edit where four eyes apply, unpublishing what is not
 * online); {@link #messageKey()} says why in the person's language. Never a silent
 * success: the screen shows the reason and keeps what was typed.
 */
public class EditorialRefusal extends RuntimeException {

	private final EditorialAction action;

	private final String messageKey;

	public EditorialRefusal(EditorialAction action, String messageKey) {
		super(action + " refused: " + messageKey);
		this.action = action;
		this.messageKey = messageKey;
	}

	public EditorialAction action() {
		return this.action;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
