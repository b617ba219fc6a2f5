package org.migrantportal.admin;

import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shell's own section: the dashboard, first in the navigation and open to every staff
 * member (the fallback rule, so no route rule of its own).
 */
@Configuration(proxyBeanMethods = false)
class AdminSections {

	@Bean
	BackOfficeSection dashboardSection() {
		return BackOfficeSection.of("admin.nav.dashboard", "/admin", StaffRole.TRANSLATOR, 0);
	}

}
