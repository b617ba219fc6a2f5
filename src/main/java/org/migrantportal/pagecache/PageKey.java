package org.migrantportal.pagecache;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a cached page is found by: its path (which starts with the language, so the
 * language is part of it) and its query with the parameters sorted, so {@code ?a=1&b=2}
 * and {@code ?b=2&a=1} are one page.
 */
record PageKey(String path, String query) {

	static String normalize(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		return Arrays.stream(query.split("&"))
			.filter((part) -> !part.isEmpty())
			.sorted()
			.collect(Collectors.joining("&"));
	}

}
