package org.migrantportal.content;

import org.migrantportal.shared.CountryScope;

/** A new page: where it belongs and its first translation. */
public record NewPage(Long topicId, CountryScope country, Long organizationId, String locale, TranslationDraft draft) {
}
