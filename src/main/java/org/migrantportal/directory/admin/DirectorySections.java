package org.migrantportal.directory.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The directory module's place in the back-office: the service listings and help contacts
 * (editors and above; reviewers publish, admins purge listings) and the admins' HSDS
 * exchange, with the URL rules of the pages behind them.
 */
@Configuration(proxyBeanMethods = false)
class DirectorySections {

	@Bean
	BackOfficeSection servicesSection() {
		return BackOfficeSection.of("directory-admin.nav.services", "/admin/services", StaffRole.EDITOR, 200);
	}

	@Bean
	BackOfficeSection helpContactsSection() {
		return BackOfficeSection.of("help-admin.nav", "/admin/help-contacts", StaffRole.EDITOR, 210);
	}

	@Bean
	BackOfficeSection hsdsSection() {
		return BackOfficeSection.of("hsds.nav", "/admin/hsds", StaffRole.ADMIN, 910);
	}

	@Bean
	BackOfficeRoutes directoryRoutes() {
		return BackOfficeRoutes.of("directory", BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/hsds/**"),
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.ADMIN, "/admin/services/*/purge"),
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.REVIEWER, "/admin/services/*/publish",
						"/admin/services/*/unpublish", "/admin/services/*/send-back"),
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/services", "/admin/services/**"),
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.REVIEWER, "/admin/help-contacts/*/publish",
						"/admin/help-contacts/*/unpublish", "/admin/help-contacts/*/send-back"),
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/help-contacts", "/admin/help-contacts/**"));
	}

}
