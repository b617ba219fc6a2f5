package org.migrantportal.editorial;

import java.time.Instant;

import org.migrantportal.shared.CountryScope;

/**
 * One item in the trash, as the one trash screen lists it whatever its kind.
 *
 * @param locale the language of the title shown, or null
 * @param restorePath where a POST restores it
 * @param purgePath where a POST deletes it for good (admins)
 * @param deletedBy the e-mail of who moved it to the trash, null if not recorded (trashed
 * before this was kept)
 */
public record TrashedItem(EditableKind kind, Long id, String title, String locale, CountryScope country,
		String restorePath, String purgePath, Instant deletedAt, String deletedBy) {
}
