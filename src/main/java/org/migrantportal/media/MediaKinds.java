package org.migrantportal.media;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.shared.MediaEmbeds;
import org.migrantportal.shared.StaffRole;

/**
 * The media library's kind in the editorial workflow: editors upload, files go to the
 * trash.
 */
public final class MediaKinds {

	/**
	 * Its key is the page cache's tag of a file ({@code MEDIA:123}), so a change to a
	 * file drops the pages that show it.
	 */
	public static final EditableKind MEDIA = new EditableKind(MediaEmbeds.TAG_KIND, StaffRole.EDITOR, true);

	private MediaKinds() {
	}

}
