package org.migrantportal.feedback.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feedback module's place in the back-office: visitors' feedback, for editors and up
 * (each sees what their scope reaches).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSections {

	@Bean
	BackOfficeSection feedbackSection() {
		return BackOfficeSection.of("feedback-admin.nav", "/admin/feedback", StaffRole.EDITOR, 230);
	}

	@Bean
	BackOfficeRoutes feedbackRoutes() {
		return BackOfficeRoutes.of("feedback",
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/feedback", "/admin/feedback/**"));
	}

}
