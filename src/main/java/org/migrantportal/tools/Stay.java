package org.migrantportal.tools;

import java.time.LocalDate;

/**
 * One stay in the area: the day of entry and the day of exit, both counted as days of
 * stay.
 */
public record Stay(LocalDate entry, LocalDate exit) {

	public Stay {
		if (entry == null || exit == null || exit.isBefore(entry)) {
			throw new IllegalArgumentException("a stay needs an entry on or before its exit");
		}
	}

}
