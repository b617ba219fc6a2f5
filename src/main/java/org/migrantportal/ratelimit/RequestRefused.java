package org.migrantportal.ratelimit;

import java.time.Instant;

/**
 * A request the portal refused: throttled, forbidden (403) or without a valid CSRF token.
 *
 * @param kind what was refused
 * @param network the client's network, never the whole address
 * @param path the path asked for
 * @param accountEmail the logged-in person, or null
 * @param at when
 */
public record RequestRefused(Kind kind, String network, String path, String accountEmail, Instant at) {

	/** Kinds of refusal, one audit action each. */
	public enum Kind {

		SEARCH_THROTTLED, POST_THROTTLED, LOGIN_THROTTLED, ACCESS_DENIED, CSRF_REJECTED

	}

}
