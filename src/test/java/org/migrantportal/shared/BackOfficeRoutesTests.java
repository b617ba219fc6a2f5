package org.migrantportal.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackOfficeRoutesTests {

	@Test
	void strictestRulesComeFirstWhicheverModuleDeclaredThemAndInWhateverOrder() {
		BackOfficeRoutes editors = BackOfficeRoutes.of("listings",
				BackOfficeRoutes.anyMethod(StaffRole.EDITOR, "/admin/listings/**"),
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.REVIEWER, "/admin/listings/*/publish"),
				BackOfficeRoutes.method(HttpMethod.POST, StaffRole.EDITOR, "/admin/listings"));
		BackOfficeRoutes admins = BackOfficeRoutes.of("reports",
				BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/reports/**"));
		List<BackOfficeRoutes.Rule> rules = new ArrayList<>();
		rules.addAll(editors.rules());
		rules.addAll(admins.rules());
		rules.sort(BackOfficeRoutes.STRICTEST_FIRST);
		assertThat(rules).extracting((rule) -> rule.method() + " " + rule.patterns().get(0))
			.containsExactly("null /admin/reports/**", "POST /admin/listings/*/publish", "POST /admin/listings",
					"null /admin/listings/**");
	}

	@Test
	void aRuleNamesBackOfficePathsOnly() {
		assertThatIllegalArgumentException().isThrownBy(() -> BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/en/news"));
		assertThatIllegalArgumentException().isThrownBy(() -> BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/**"));
		assertThatIllegalArgumentException().isThrownBy(() -> BackOfficeRoutes.anyMethod(StaffRole.ADMIN, "/admin/**"));
		assertThatIllegalArgumentException().isThrownBy(() -> BackOfficeRoutes.anyMethod(StaffRole.ADMIN));
	}

	@Test
	void aSectionIsReachedByItsLeastRoleAndThoseAbove() {
		BackOfficeSection audit = BackOfficeSection.of("admin.nav.audit", "/admin/audit", StaffRole.ADMIN, 1)
			.withDashboardCard("admin.dashboard.audit");
		assertThat(audit.reachableBy(StaffRole.ADMIN)).isTrue();
		assertThat(audit.reachableBy(StaffRole.REVIEWER)).isFalse();
		assertThat(audit.reachableBy(null)).isFalse();
		assertThat(audit.onDashboard()).isTrue();
	}

}
