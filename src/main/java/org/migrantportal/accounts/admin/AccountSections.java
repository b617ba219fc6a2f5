package org.migrantportal.accounts.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The accounts module's place in the back-office: the admins' account management, and
 * everyone's own password (last in the navigation).
 */
@Configuration(proxyBeanMethods = false)
class AccountSections {

	@Bean
	BackOfficeSection accountsSection() {
		return BackOfficeSection.of("admin.nav.accounts", "/admin/accounts", StaffRole.ADMIN, 800)
			.withDashboardCard("admin.dashboard.accounts");
	}

	@Bean
	BackOfficeSection passwordSection() {
		return BackOfficeSection.of("admin.nav.password", "/admin/password", StaffRole.TRANSLATOR, 10000)
			.withDashboardCard("admin.dashboard.password");
	}

	@Bean
	BackOfficeSection secondFactorSection() {
		return BackOfficeSection.of("admin.nav.second-factor", "/admin/account/mfa", StaffRole.TRANSLATOR, 9990)
			.withDashboardCard("admin.dashboard.second-factor");
	}

	@Bean
	BackOfficeRoutes accountRoutes() {
		return BackOfficeRoutes.of("accounts", BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/accounts/**"));
	}

}
