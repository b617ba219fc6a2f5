package org.migrantportal.content;

/**
 * A content change the rules do not allow (a slug in use, publishing one's own edit where
 * four eyes are required, an illegal workflow step); {@link #messageKey()} says why in
 * the user's language and {@link #field()} names the form field, if any.
 */
public class ContentRuleException extends RuntimeException {

	private final String field;

	private final String messageKey;

	ContentRuleException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
