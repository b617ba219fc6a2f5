package org.migrantportal.directory;

import org.migrantportal.shared.CountryScope;

/**
 * A service listing as another module points at it by id: what scope checks need and how
 * a reader finds it.
 *
 * @param id the listing's id
 * @param country its country scope
 * @param organizationId the organization that offers it
 * @param name its published name in the reader's language or the best fallback; null when
 * it has no published text
 * @param path where the reader finds it, or null when it is not public
 */
public record ServiceTarget(long id, CountryScope country, Long organizationId, String name, String path) {

	public boolean published() {
		return this.path != null;
	}

}
