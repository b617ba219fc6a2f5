package org.migrantportal.directory;

/**
 * What an HSDS import did.
 *
 * @param created listings that were new, created and published
 * @param updated listings that existed, saved as a new revision and published
 * @param unchanged listings whose data was already the published data
 */
public record HsdsImportResult(int created, int updated, int unchanged) {
}
