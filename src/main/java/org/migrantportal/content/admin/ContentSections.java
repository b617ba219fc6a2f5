package org.migrantportal.content.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The content module's place in the back-office: its sections (pages, topics, news,
 * translations, the editorial settings) and the URL rules of the pages behind them. Who
 * may write, review or publish one text is decided again in the services.
 */
@Configuration(proxyBeanMethods = false)
class ContentSections {

	@Bean
	BackOfficeSection pagesSection() {
		return BackOfficeSection.of("admin.nav.pages", "/admin/pages", StaffRole.TRANSLATOR, 100)
			.withDashboardCard("admin.dashboard.pages");
	}

	@Bean
	BackOfficeSection topicsSection() {
		return BackOfficeSection.of("admin.nav.topics", "/admin/topics", StaffRole.TRANSLATOR, 110);
	}

	@Bean
	BackOfficeSection newsSection() {
		return BackOfficeSection.of("admin.nav.news", "/admin/news", StaffRole.TRANSLATOR, 120);
	}

	@Bean
	BackOfficeSection translationsSection() {
		return BackOfficeSection.of("admin.nav.translations", "/admin/translations", StaffRole.TRANSLATOR, 130);
	}

	@Bean
	BackOfficeSection settingsSection() {
		return BackOfficeSection.of("admin.nav.settings", "/admin/settings", StaffRole.ADMIN, 900);
	}

	@Bean
	BackOfficeRoutes contentRoutes() {
		return BackOfficeRoutes.of("content", BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/settings/**"),
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/pages/new", "/admin/topics/new", "/admin/news/new",
						"/admin/trash/**", "/admin/*/*/trash", "/admin/news/*/*/details"),
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.EDITOR, "/admin/pages", "/admin/topics",
						"/admin/news"));
	}

}
