package org.migrantportal.directory;

/**
 * Someone else saved the listing since the editor loaded it. Carries what is stored now,
 * so the editor sees both versions; nothing was overwritten.
 */
public class ListingEditConflictException extends RuntimeException {

	private final EditableListing stored;

	private final String storedBy;

	ListingEditConflictException(EditableListing stored, String storedBy) {
		super("The listing changed since it was loaded");
		this.stored = stored;
		this.storedBy = storedBy;
	}

	public EditableListing stored() {
		return this.stored;
	}

	/** Who saved the stored version, if known. */
	public String storedBy() {
		return this.storedBy;
	}

}
