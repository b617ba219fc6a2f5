package org.migrantportal.search;

import org.migrantportal.shared.TemporarilyUnavailableException;

/**
 * A search in the first moments of a start, before the index could be built (the database
 * away at start): answered with the friendly 503 page and {@code Retry-After}.
 */
class SearchIndexNotReadyException extends TemporarilyUnavailableException {

	SearchIndexNotReadyException() {
		super("The search index is not built yet", null);
	}

}
