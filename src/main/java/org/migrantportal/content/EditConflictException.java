package org.migrantportal.content;

/**
 * Someone else saved the translation since the editor loaded it. Carries what is stored
 * now, so the editor sees both texts and merges; nothing was overwritten.
 */
public class EditConflictException extends RuntimeException {

	private final TranslationDraft stored;

	private final long storedVersion;

	private final String storedBy;

	EditConflictException(TranslationDraft stored, long storedVersion, String storedBy) {
		super("The translation changed since it was loaded");
		this.stored = stored;
		this.storedVersion = storedVersion;
		this.storedBy = storedBy;
	}

	public TranslationDraft stored() {
		return this.stored;
	}

	public long storedVersion() {
		return this.storedVersion;
	}

	/** Who saved the stored version, if known. */
	public String storedBy() {
		return this.storedBy;
	}

}
