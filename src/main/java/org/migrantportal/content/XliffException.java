package org.migrantportal.content;

/**
 * An XLIFF file that cannot be imported: malformed, the wrong language pair, unknown or
 * out-of-scope content, or content changed since the export. Nothing was changed.
 *
 * @see #messageKey()
 */
public class XliffException extends RuntimeException {

	private final String messageKey;

	private final String detail;

	XliffException(String messageKey, String detail) {
		super(messageKey + ": " + detail);
		this.messageKey = messageKey;
		this.detail = detail;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** What in the file is wrong (an id, a language), shown as is. */
	public String detail() {
		return this.detail;
	}

}
