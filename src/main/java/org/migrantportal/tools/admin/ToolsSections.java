package org.migrantportal.tools.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The tools module's place in the back-office: the job-offer check (editors write,
 * reviewers send back, publish, reorder and switch questions off), with its URL rules.
 */
@Configuration(proxyBeanMethods = false)
class ToolsSections {

	static final String BASE = "/admin/tools/job-offer-check";

	@Bean
	BackOfficeSection jobOfferCheckSection() {
		return BackOfficeSection.of("joboffer-admin.nav", BASE, StaffRole.EDITOR, 225);
	}

	@Bean
	BackOfficeRoutes toolsRoutes() {
		return BackOfficeRoutes.of("tools", BackOfficeRoutes.method(HttpMethod.POST, StaffRole.REVIEWER,
				BASE + "/*/arrange", BASE + "/*/*/send-back"),
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, BASE, BASE + "/**"));
	}

}
