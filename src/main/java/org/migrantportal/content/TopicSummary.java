package org.migrantportal.content;

import org.migrantportal.i18n.SiteLocale;

/**
 * A topic as a link: its name and summary in the best available language.
 *
 * @param shownLocale the language of {@code title} and {@code summary}
 * @param fallback whether that is not the language asked for
 */
public record TopicSummary(String title, String summary, String path, SiteLocale shownLocale, boolean fallback) {
}
