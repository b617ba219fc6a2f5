package org.migrantportal.editorial;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who moved the records of one table to the trash, by id: read once per trash listing
 * rather than carried through every kind's list rows.
 */
public final class TrashedBy {

	private TrashedBy() {
	}

	/**
	 * The {@code deleted_by} of every trashed row of a table.
	 * @param table one of the tables of trashable kinds, never user input
	 */
	public static Map<Long, String> of(JdbcClient jdbc, String table) {
		Map<Long, String> deletedBy = new HashMap<>();
		jdbc.sql("select id, deleted_by from " + table + " where deleted_at is not null and deleted_by is not null")
			.query((row) -> {
				deletedBy.put(row.getLong("id"), row.getString("deleted_by"));
			});
		return deletedBy;
	}

}
