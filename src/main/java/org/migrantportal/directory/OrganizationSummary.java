package org.migrantportal.directory;

import org.migrantportal.shared.CountryScope;

/**
 * An organization as a choice in a list: its id, its name in the best language, its kind.
 */
public record OrganizationSummary(Long id, String name, OrganizationKind kind, CountryScope country) {

	/** Whether its editors are limited to the organization's own records. */
	public boolean restrictsEditorsToOwnRecords() {
		return this.kind != OrganizationKind.IOM_MISSION;
	}

}
