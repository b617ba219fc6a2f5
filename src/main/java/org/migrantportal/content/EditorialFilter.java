package org.migrantportal.content;

import org.migrantportal.shared.CountryScope;

/**
 * What editors filter the list of pages by; every part is optional.
 *
 * @param text part of a title or slug
 */
public record EditorialFilter(CountryScope country, Long topicId, TranslationState state, String locale, String text) {
}
