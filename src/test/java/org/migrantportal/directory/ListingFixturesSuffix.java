package org.migrantportal.directory;

import java.util.UUID;

/** Unique suffixes for slugs, so tests sharing one database never collide. */
final class ListingFixturesSuffix {

	private ListingFixturesSuffix() {
	}

	static String next() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
