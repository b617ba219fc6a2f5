package org.migrantportal.content;

import org.migrantportal.shared.CountryScope;

/**
 * What editors filter the lists of pages, topics and news by; every part is optional.
 *
 * @param text part of a title or slug
 */
public record EditorialFilter(CountryScope country, Long topicId, TranslationState state, String locale, String text) {

	/** No filter: everything. */
	public static final EditorialFilter NONE = new EditorialFilter(null, null, null, null, null);

}
