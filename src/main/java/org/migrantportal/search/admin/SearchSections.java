package org.migrantportal.search.admin;

import org.migrantportal.shared.BackOfficeRoutes;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search module's place in the back-office: every staff member searches, only admins
 * rebuild the index.
 */
@Configuration(proxyBeanMethods = false)
class SearchSections {

	@Bean
	BackOfficeSection searchSection() {
		return BackOfficeSection.of("admin.nav.search", "/admin/search", StaffRole.TRANSLATOR, 300);
	}

	@Bean
	BackOfficeSection synonymsSection() {
		return BackOfficeSection.of("search.synonyms.nav", "/admin/search/synonyms", StaffRole.ADMIN, 310);
	}

	@Bean
	BackOfficeRoutes searchRoutes() {
		return BackOfficeRoutes.of("search",
				BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/search/reindex", "/admin/search/synonyms"));
	}

}
