package org.migrantportal.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.BackOfficeSection;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office navigation and the dashboard cards come from the sections the modules
 * declare: each person sees the sections their role reaches, in order, and every link
 * they see opens for them.
 */
@PortalWebTest
class BackOfficeNavigationTests {

	private static final List<String> ADMIN_ONLY = List.of("/admin/accounts", "/admin/audit", "/admin/settings",
			"/admin/hsds", "/admin/search/synonyms");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void navigationOfAnEditorShowsNoAdminOnlySection() throws Exception {
		Document dashboard = dashboardOf(StaffRole.EDITOR);
		assertThat(dashboard.select("nav.site-nav a").eachAttr("href")).containsExactly("/admin", "/admin/pages",
				"/admin/topics", "/admin/news", "/admin/translations", "/admin/services", "/admin/help-contacts",
				"/admin/media", "/admin/tools/job-offer-check", "/admin/feedback", "/admin/call-backs", "/admin/search",
				"/admin/account/mfa", "/admin/password");
		assertThat(dashboard.select("nav.site-nav a").eachAttr("href")).doesNotContainAnyElementsOf(ADMIN_ONLY)
			.doesNotContainAnyElementsOf(pathsOfSectionsFor(StaffRole.ADMIN, false));
		assertThat(dashboard.select("ul.cards h2 a").eachAttr("href")).containsExactly("/admin/pages",
				"/admin/call-backs", "/admin/account/mfa", "/admin/password");
	}

	@Test
	void navigationOfAnAdminShowsEverySectionInOrder() throws Exception {
		Document dashboard = dashboardOf(StaffRole.ADMIN);
		assertThat(dashboard.select("nav.site-nav a").eachAttr("href")).containsExactly("/admin", "/admin/pages",
				"/admin/topics", "/admin/news", "/admin/translations", "/admin/services", "/admin/help-contacts",
				"/admin/media", "/admin/tools/job-offer-check", "/admin/feedback", "/admin/call-backs", "/admin/search",
				"/admin/search/synonyms", "/admin/accounts", "/admin/audit", "/admin/settings", "/admin/hsds",
				"/admin/account/mfa", "/admin/password");
		assertThat(dashboard.select("nav.site-nav a").eachAttr("href"))
			.containsExactlyElementsOf(pathsOfSectionsFor(StaffRole.ADMIN, true));
		assertThat(dashboard.select("ul.cards h2 a").eachAttr("href")).containsExactly("/admin/pages",
				"/admin/call-backs", "/admin/accounts", "/admin/audit", "/admin/account/mfa", "/admin/password");
		assertThat(dashboard.select("ul.cards p").eachText()).hasSize(6)
			.noneMatch((text) -> text.isBlank() || text.matches("[a-z-]+(\\.[a-z-]+)+"));
	}

	@Test
	void aTranslatorSeesNoSectionOnlyEditorsMayOpen() throws Exception {
		Document dashboard = dashboardOf(StaffRole.TRANSLATOR);
		assertThat(dashboard.select("nav.site-nav a").eachAttr("href")).doesNotContain("/admin/services")
			.doesNotContainAnyElementsOf(ADMIN_ONLY)
			.contains("/admin/pages", "/admin/search", "/admin/password");
	}

	@Test
	void everySectionInTheNavigationOpensForEveryRoleThatSeesIt() throws Exception {
		for (StaffRole role : StaffRole.values()) {
			MockHttpSession session = logIn(role);
			Document dashboard = get(session, "/admin");
			for (String path : dashboard.select("nav.site-nav a").eachAttr("href")) {
				MockHttpServletResponse response = this.mvc.get().uri(path).session(session).exchange().getResponse();
				assertThat(response.getStatus()).as(path + " as " + role).isEqualTo(200);
			}
		}
	}

	@Test
	void everySectionIsNamedAndDescribedInEveryBackOfficeLanguage() {
		MessageSource messages = this.context.getBean(MessageSource.class);
		for (SiteLocale locale : this.context.getBean(SiteLocales.class).all()) {
			Locale language = Locale.forLanguageTag(locale.tag());
			for (BackOfficeSection section : this.context.getBeansOfType(BackOfficeSection.class).values()) {
				assertThat(messages.getMessage(section.messageKey(), null, language)).as(section.messageKey())
					.isNotBlank();
				if (section.onDashboard()) {
					assertThat(messages.getMessage(section.dashboardKey(), null, language)).as(section.dashboardKey())
						.isNotBlank();
				}
			}
		}
	}

	@Test
	void aSectionDeclaredByAnotherBeanJoinsTheNavigationInItsOrder() {
		new ApplicationContextRunner().withUserConfiguration(AdminSections.class, BackOfficeNavigation.class)
			.withUserConfiguration(TestOnlySections.class)
			.run((context) -> {
				BackOfficeNavigation navigation = context.getBean(BackOfficeNavigation.class);
				assertThat(navigation.reachableBy(StaffRole.EDITOR)).extracting(BackOfficeSection::path)
					.containsExactly("/admin", "/admin/reports", "/admin/archive");
				assertThat(navigation.reachableBy(StaffRole.TRANSLATOR)).extracting(BackOfficeSection::path)
					.containsExactly("/admin", "/admin/reports");
				assertThat(navigation.reachableBy(StaffRole.ADMIN)).extracting(BackOfficeSection::path)
					.containsExactly("/admin", "/admin/reports", "/admin/archive", "/admin/danger");
			});
	}

	private List<String> pathsOfSectionsFor(StaffRole role, boolean reachable) {
		return this.context.getBeansOfType(BackOfficeSection.class)
			.values()
			.stream()
			.filter((section) -> section.leastRole() == role || (reachable && section.reachableBy(role)))
			.sorted(Comparator.comparingInt(BackOfficeSection::order))
			.map(BackOfficeSection::path)
			.toList();
	}

	private Document dashboardOf(StaffRole role) throws Exception {
		return get(logIn(role), "/admin");
	}

	private MockHttpSession logIn(StaffRole role) {
		String email = new AccountFixtures(this.context).create(role, CountryScope.GEORGIA, null);
		return BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD);
	}

	private Document get(MockHttpSession session, String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).session(session).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	/**
	 * Sections another module would declare, out of order on purpose. Not annotated, so
	 * the application's component scan never adds them to the shared test context.
	 */
	static class TestOnlySections {

		@Bean
		BackOfficeSection dangerSection() {
			return BackOfficeSection.of("test.nav.danger", "/admin/danger", StaffRole.ADMIN, 30);
		}

		@Bean
		BackOfficeSection archiveSection() {
			return BackOfficeSection.of("test.nav.archive", "/admin/archive", StaffRole.EDITOR, 20);
		}

		@Bean
		BackOfficeSection reportsSection() {
			return BackOfficeSection.of("test.nav.reports", "/admin/reports", StaffRole.TRANSLATOR, 10);
		}

	}

}
