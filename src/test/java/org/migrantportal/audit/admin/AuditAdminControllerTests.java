package org.migrantportal.audit.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalWebTest
class AuditAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void adminsSeeWhoDidWhatAndFilterIt() throws Exception {
		AccountFixtures accounts = new AccountFixtures(this.context);
		String admin = accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, admin, AccountFixtures.PASSWORD);
		String editor = accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		this.mvc.post()
			.uri("/admin/accounts/{id}/enabled", accounts.idOf(editor))
			.param("enabled", "false")
			.with(csrf())
			.session(session)
			.exchange();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'ACCOUNT_DISABLED' and subject_id = ?", Long.class,
					accounts.idOf(editor)) == 1);
		Document page = get(session, "/admin/audit?actor=" + admin + "&action=ACCOUNT_DISABLED");
		assertThat(page.select("table.data tbody tr")).hasSize(1);
		assertThat(page.select("table.data tbody tr").text()).contains(editor).contains(admin);
		Document logins = get(session, "/admin/audit?actor=" + admin + "&action=LOGIN_SUCCEEDED");
		assertThat(logins.select("table.data tbody tr")).isNotEmpty();
		Document nothing = get(session, "/admin/audit?actor=" + admin + "&from=2001-01-01&to=2001-01-02");
		assertThat(nothing.select("table.data")).isEmpty();
	}

	@Test
	void theGeorgianAuditPageShowsAPublishedPageInGeorgianWords() throws Exception {
		AccountFixtures accounts = new AccountFixtures(this.context);
		String admin = accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, admin, AccountFixtures.PASSWORD);
		String title = "სამუშაო საზღვარგარეთ " + UUID.randomUUID();
		this.context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> this.context.publishEvent(new EditorialEvent(ContentKind.PAGE.editable(),
					4242L, "ka", EditorialChange.PUBLISHED, title, CountryScope.GEORGIA, null, null, null,
					accounts.idOf(admin), admin, Instant.now(), "/admin/pages/4242/ka")));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("select count(*) from audit_entry where summary = ?", Long.class,
					"[ka] " + title) == 1);
		Document page = get(session, "/admin/audit?actor=" + admin + "&action=PAGE_PUBLISHED", "ka");
		assertThat(page.select("table.data tbody tr")).hasSize(1);
		assertThat(page.select("table.data tbody td[data-code=PAGE_PUBLISHED]").text()).isEqualTo("გამოქვეყნდა");
		assertThat(page.select("table.data tbody td[data-code=PAGE_PUBLISHED]").attr("title"))
			.isEqualTo("PAGE_PUBLISHED");
		assertThat(page.select("table.data tbody td[data-code=PAGE]").text()).isEqualTo("გვერდი 4242");
		assertThat(page.select("table.data tbody tr").text()).doesNotContain("PAGE_PUBLISHED");
		assertThat(page.select("select#action option[value=PAGE_PUBLISHED]").text()).isEqualTo("გვერდი: გამოქვეყნდა");
		assertThat(page.select("select#subjectType option[value=PAGE]").text()).isEqualTo("გვერდი");
		Document english = get(session, "/admin/audit?actor=" + admin + "&action=PAGE_PUBLISHED", "en");
		assertThat(english.select("table.data tbody td[data-code=PAGE_PUBLISHED]").text()).isEqualTo("Published");
		assertThat(english.select("select#action option[value=PAGE_PUBLISHED]").text()).isEqualTo("Page: Published");
	}

	@Test
	void anUnknownActionIsShownAsItsCode() throws Exception {
		String admin = new AccountFixtures(this.context).create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, admin, AccountFixtures.PASSWORD);
		this.jdbc.update("insert into audit_entry (occurred_at, actor_email, action, subject_type, summary) "
				+ "values (now(), ?, 'GADGET_TELEPORTED', 'GADGET', '')", admin);
		Document page = get(session, "/admin/audit?actor=" + admin + "&action=GADGET_TELEPORTED", "hy");
		assertThat(page.select("table.data tbody td[data-code=GADGET_TELEPORTED]").text())
			.isEqualTo("GADGET_TELEPORTED");
		assertThat(page.select("table.data tbody td[data-code=GADGET]").text()).isEqualTo("GADGET");
		assertThat(page.select("select#action option[value=GADGET_TELEPORTED]").text()).isEqualTo("GADGET_TELEPORTED");
	}

	@Test
	void theSharedPagerPagesTheTrailAndKeepsItsFilters() throws Exception {
		String admin = new AccountFixtures(this.context).create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, admin, AccountFixtures.PASSWORD);
		for (int entry = 0; entry < 60; entry++) {
			this.jdbc.update("insert into audit_entry (occurred_at, actor_email, action, subject_type, summary) "
					+ "values (now(), ?, 'GADGET_POLISHED', 'GADGET', '')", admin);
		}
		Document first = get(session, "/admin/audit?actor=" + admin + "&action=GADGET_POLISHED", "en");
		assertThat(first.select("table.data tbody tr")).hasSize(50);
		assertThat(first.select("nav.pager [aria-current=page]").text()).isEqualTo("1");
		String next = first.select("nav.pager a[rel=next]").attr("href");
		assertThat(next).contains("actor=" + URLEncoder.encode(admin, StandardCharsets.UTF_8))
			.contains("action=GADGET_POLISHED")
			.contains("page=1");
		Document second = get(session, "/admin/audit?actor=" + admin + "&action=GADGET_POLISHED&page=1", "en");
		assertThat(second.select("table.data tbody tr")).hasSize(10);
		assertThat(second.select("nav.pager a[rel=prev]").attr("href")).contains("action=GADGET_POLISHED")
			.contains("page=0");
	}

	@Test
	void badFiltersAreA400NotAServerError() {
		String admin = new AccountFixtures(this.context).create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, admin, AccountFixtures.PASSWORD);
		assertThat(
				this.mvc.get().uri("/admin/audit?from=yesterday").session(session).exchange().getResponse().getStatus())
			.isEqualTo(400);
		assertThat(this.mvc.get()
			.uri("/admin/audit?page=-5&actor=%27%3B--")
			.session(session)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(200);
	}

	private Document get(MockHttpSession session, String path) throws Exception {
		return get(session, path, "ka");
	}

	private Document get(MockHttpSession session, String path, String language) throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri(path)
			.session(session)
			.cookie(new Cookie("portal_lang", language))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
