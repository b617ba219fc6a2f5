package org.migrantportal.search;

import java.util.Locale;
import java.util.Optional;

/** What a search result is: a page, a news item, a service or a topic. */
public enum SearchType {

	PAGE, NEWS, SERVICE, TOPIC;

	public String messageKey() {
		return "search.type." + name().toLowerCase(Locale.ROOT);
	}

	/** The type named in a URL ({@code page}, {@code news}, {@code service}), if any. */
	public static Optional<SearchType> parse(String value) {
		for (SearchType type : values()) {
			if (type.name().equalsIgnoreCase(value)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
