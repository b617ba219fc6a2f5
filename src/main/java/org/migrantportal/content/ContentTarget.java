package org.migrantportal.content;

import org.migrantportal.shared.CountryScope;

/**
 * A page, topic or news item as another module points at it by id: what scope checks need
 * (country, organization) and how a reader finds it.
 *
 * @param kind page, topic or news item
 * @param id its id
 * @param country its country scope (topics are regional)
 * @param organizationId the organization that maintains it, if any
 * @param title its title in the reader's language or the best fallback; its content key
 * when nothing is published
 * @param path where the reader finds it, or null when it is not published
 */
public record ContentTarget(ContentKind kind, long id, CountryScope country, Long organizationId, String title,
		String path) {

	public boolean published() {
		return this.path != null;
	}

}
