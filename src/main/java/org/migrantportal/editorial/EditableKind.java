package org.migrantportal.editorial;

import java.util.Locale;
import java.util.regex.Pattern;

import org.migrantportal.shared.StaffRole;

/**
 * A kind of editable item a module plugs into the workflow: its key (upper case, as in
 * audit entries: {@code PAGE}, {@code SERVICE}), the least role that writes it, whether
 * it goes to the trash, and whether publishing needs a reviewer at all (a kind without
 * review publishes on save).
 *
 * @param key the stable name of the kind, in audit entries and events
 * @param writer the least role that saves drafts of it
 * @param trashable whether it goes to the trash (else it is only unpublished)
 */
public record EditableKind(String key, StaffRole writer, boolean trashable) {

	private static final Pattern KEY = Pattern.compile("[A-Z][A-Z_]{1,39}");

	public EditableKind {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("An editable kind's key is upper case letters: " + key);
		}
		if (writer == null) {
			throw new IllegalArgumentException("An editable kind names the role that writes it");
		}
	}

	/** The message key of the kind's name, e.g. {@code editorial.kind.page}. */
	public String messageKey() {
		return "editorial.kind." + this.key.toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
