package org.migrantportal.media.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The media library's place in the back-office: editors and above upload and describe
 * files; reviewers let the public site serve them.
 */
@Configuration(proxyBeanMethods = false)
class MediaSections {

	@Bean
	BackOfficeSection mediaSection() {
		return BackOfficeSection.of("media.nav", "/admin/media", StaffRole.EDITOR, 220);
	}

	@Bean
	BackOfficeRoutes mediaRoutes() {
		return BackOfficeRoutes.of("media",
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.REVIEWER, "/admin/media/*/review"),
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/media", "/admin/media/**"));
	}

}
