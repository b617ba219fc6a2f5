package org.migrantportal.admin;

import java.util.List;

import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The back-office navigation, gathered from the {@link BackOfficeSection} beans every
 * module declares (the shell's own dashboard among them), in their order; each person
 * sees the sections their role reaches.
 */
@Component
class BackOfficeNavigation {

	private final List<BackOfficeSection> sections;

	BackOfficeNavigation(ObjectProvider<BackOfficeSection> sections) {
		this.sections = sections.stream().sorted(BackOfficeSection.NAVIGATION_ORDER).toList();
	}

	/** Every section this role reaches, in navigation order. */
	List<BackOfficeSection> reachableBy(StaffRole role) {
		return this.sections.stream().filter((section) -> section.reachableBy(role)).toList();
	}

}
