package org.migrantportal.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param query the query as searched (trimmed and capped)
 * @param alsoSearched other readings of the query that found something: a Latin query
 * read as Georgian or Armenian, or a query typed with the wrong keyboard layout
 * @param page the page shown, from 1
 */
public record SearchResults(String query, List<SearchHit> hits, long total, int page, int pageSize, int totalPages,
		List<String> alsoSearched) {

	public static SearchResults empty(String query, int pageSize) {
		return new SearchResults(query, List.of(), 0, 1, pageSize, 1, List.of());
	}

}
