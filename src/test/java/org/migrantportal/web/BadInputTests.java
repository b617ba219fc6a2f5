package org.migrantportal.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The inputs an outside audit answered with a server error, one by one: each now gets an
 * ordinary answer (a failed login, a not-found page, a form error, an empty list), and
 * text with control characters is stored without them instead of being lost.
 */
@PortalWebTest
class BadInputTests {

	private static final String NUL = "\u0000";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Test
	void aNulByteInTheLoginEmailIsAnOrdinaryFailedLogin() {
		MockHttpServletResponse response = this.mvc.post()
			.uri("/login")
			.param("email", "someone" + NUL + "@test.example")
			.param("password", "whatever it is")
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("10.250.0.1");
				return request;
			})
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).startsWith("/login?error");
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/error").exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContainIgnoringCase("exception");
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void theAuditTrailAnswersAHugePageNumberAndNulBytesInItsFiltersWithAList() {
		assertThat(status("/admin/audit?page=2147483647")).isEqualTo(200);
		assertThat(status("/admin/audit?page=-5")).isEqualTo(200);
		assertThat(status("/admin/audit?actor=a%00b")).isEqualTo(200);
		assertThat(status("/admin/audit?action=LOGIN%00")).isEqualTo(200);
		assertThat(status("/admin/audit?subjectType=%00PAGE")).isEqualTo(200);
		assertThat(status("/admin/audit?page=99999999999999999999")).isEqualTo(400);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void anXliffFileWithTwentyDigitNumbersIsRejectedAsUnknownContent() {
		String huge = "12345678901234567890";
		for (String original : new String[] { "pages/" + huge + "?sourceRevision=&amp;targetVersion=0",
				"pages/1?sourceRevision=" + huge + "&amp;targetVersion=0",
				"topics/1?sourceRevision=&amp;targetVersion=" + huge }) {
			String file = "<?xml version=\"1.0\"?><xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" "
					+ "version=\"2.0\" srcLang=\"en\" trgLang=\"hy\"><file id=\"pages-1\" original=\"" + original
					+ "\"><unit id=\"title\"><segment><source>a</source><target>b</target></segment></unit>"
					+ "</file></xliff>";
			MvcTestResult result = this.mvc.post()
				.uri("/admin/translations/xliff")
				.multipart()
				.file(new MockMultipartFile("file", "x.xlf", "application/xliff+xml",
						file.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.exchange();
			assertThat(result.getResponse().getStatus()).as(original).isEqualTo(302);
			assertThat(result.getMvcResult().getFlashMap().get("flashError")).as(original)
				.isEqualTo("xliff.error.unknown-content");
		}
	}

	@Test
	void aNulByteTypedIntoAPageIsDroppedAndTheRestOfTheTextSaved() {
		ContentFixtures content = new ContentFixtures(this.context);
		Long pageId = content.publishedPageOnlyIn("en", "Check a job offer", ContentFixtures.uniqueSlug("nul"),
				"Ask first.");
		try {
			MockHttpSession editor = BackOffice.logIn(this.mvc,
					new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null),
					AccountFixtures.PASSWORD);
			long version = this.jdbc.queryForObject(
					"select version from content_page_translation where page_id = ? and locale = 'en'", Long.class,
					pageId);
			MockHttpServletResponse response = this.mvc.post()
				.uri("/admin/pages/{id}/en", pageId)
				.param("title", "Check a" + NUL + " job offer")
				.param("summary", "Sum" + NUL + "mary")
				.param("bodyMarkdown", "Ask\u0001 first,\u001b then sign.\nNew line\tand tab.")
				.param("note", NUL)
				.param("version", Long.toString(version))
				.session(editor)
				.with(csrf())
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(this.jdbc.queryForMap(
					"select title, summary, body_markdown from content_page_translation where page_id = ? and locale = 'en'",
					pageId))
				.containsEntry("title", "Check a job offer")
				.containsEntry("summary", "Summary")
				.containsEntry("body_markdown", "Ask first, then sign.\nNew line\tand tab.");
		}
		finally {
			content.remove(pageId);
		}
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void aNulByteInAnAccountFormIsDroppedAndTheAccountCreated() {
		String email = "nul-" + System.nanoTime() + "@test.example";
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/accounts")
			.param("email", email)
			.param("displayName", "Nino" + NUL + " Beridze")
			.param("password", AccountFixtures.PASSWORD)
			.param("role", "EDITOR")
			.param("countryScope", "GEORGIA")
			.param("organizationId", "")
			.param("version", "0")
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select display_name from account where email = ?", String.class, email))
			.isEqualTo("Nino Beridze");
	}

	@Test
	void controlCharactersInAStoredNewsTitleDoNotBreakTheFeed() throws Exception {
		ContentFixtures content = new ContentFixtures(this.context);
		String slug = ContentFixtures.uniqueSlug("control");
		Long newsId = content.publishedNews(CountryScope.GEORGIA, LocalDate.now(this.clock), false, "ka",
				"სიახლე ბათუმიდან", slug);
		try {
			// as stored before control characters were dropped on input
			this.jdbc.update("update news_item_translation set published_title = 'სიახლე' || chr(1) || chr(27) "
					+ "|| ' ბათუმიდან', published_summary = 'ok' || chr(11) where news_item_id = ?", newsId);
			MockHttpServletResponse response = this.mvc.get().uri("/ka/news/feed.atom").exchange().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			byte[] feed = response.getContentAsByteArray();
			org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(new ByteArrayInputStream(feed));
			assertThat(xml.getDocumentElement().getTextContent()).contains("სიახლე ბათუმიდან");
		}
		finally {
			content.removeNews(newsId);
		}
	}

	private int status(String uri) {
		return this.mvc.get().uri(uri).exchange().getResponse().getStatus();
	}

}
