package org.migrantportal.media;

/**
 * One place that shows a media file: a translation whose text references it, or an item
 * that has it as cover.
 *
 * @param kindMessageKey the message key of the kind of item (a page, a topic, a news
 * item)
 * @param locale the language of the translation, or null for the item as a whole (a
 * cover)
 * @param title the item's title; null when it belongs to another country or organization
 * than the person asking, who sees only that it exists
 * @param editPath the back-office path that opens it; null when the title is
 * @param cover whether the file is the item's cover (else its text references it)
 */
public record MediaUsage(String kindMessageKey, String locale, String title, String editPath, boolean cover) {

}
