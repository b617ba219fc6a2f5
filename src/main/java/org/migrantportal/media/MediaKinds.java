package org.migrantportal.media;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.shared.StaffRole;

/**
 * The media library's kind in the editorial workflow: editors upload, files go to the
 * trash.
 */
public final class MediaKinds {

	public static final EditableKind MEDIA = new EditableKind("MEDIA", StaffRole.EDITOR, true);

	private MediaKinds() {
	}

}
