package org.migrantportal.directory;

/**
 * One thing wrong with an HSDS file.
 *
 * @param path where it is, such as {@code organizations[0].services[3].phones[0].number},
 * or empty for the whole file
 * @param messageKey the message that explains it, in the admin's language
 */
public record HsdsProblem(String path, String messageKey) {
}
