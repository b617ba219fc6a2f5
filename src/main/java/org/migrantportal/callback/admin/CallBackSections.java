package org.migrantportal.callback.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The call-back queue's place in the back-office: editors and above open it (each sees
 * only their organization's requests, checked in the service); only admins change which
 * organizations take requests.
 */
@Configuration(proxyBeanMethods = false)
class CallBackSections {

	@Bean
	BackOfficeSection callBackSection() {
		return BackOfficeSection.of("callback.admin.nav", "/admin/call-backs", StaffRole.EDITOR, 240)
			.withDashboardCard("callback.admin.dashboard");
	}

	@Bean
	BackOfficeRoutes callBackRoutes() {
		return BackOfficeRoutes.of("callback",
				BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/call-backs/settings",
						"/admin/call-backs/settings/**"),
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/call-backs", "/admin/call-backs/**"));
	}

}
