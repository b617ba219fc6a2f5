package org.migrantportal.audit.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit module's place in the back-office: the audit log, for admins only.
 */
@Configuration(proxyBeanMethods = false)
class AuditSections {

	@Bean
	BackOfficeSection auditSection() {
		return BackOfficeSection.of("admin.nav.audit", "/admin/audit", StaffRole.ADMIN, 810)
			.withDashboardCard("admin.dashboard.audit");
	}

	@Bean
	BackOfficeRoutes auditRoutes() {
		return BackOfficeRoutes.of("audit", BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/audit/**"));
	}

}
