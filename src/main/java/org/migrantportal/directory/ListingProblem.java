package org.migrantportal.directory;

/**
 * One thing wrong with a listing document.
 *
 * @param field where, as a path such as {@code texts[ka].name} or
 * {@code phones[0].number}
 * @param messageKey the message that explains it, in the visitor's or editor's language
 */
public record ListingProblem(String field, String messageKey) {
}
