package org.migrantportal.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a staff member may do; each role includes the ones before it. Editors write
 * drafts, reviewers also approve and publish, admins also manage accounts, organizations
 * and settings.
 */
public enum StaffRole {

	TRANSLATOR, EDITOR, REVIEWER, ADMIN;

	public boolean includes(StaffRole other) {
		return ordinal() >= other.ordinal();
	}

	/** The Spring Security authorities of this role and of every role it includes. */
	public List<String> authorities() {
		return Arrays.stream(values()).filter(this::includes).map((role) -> "ROLE_" + role.name()).toList();
	}

	public String messageKey() {
		return "accounts.role." + name().toLowerCase(Locale.ROOT);
	}

}
