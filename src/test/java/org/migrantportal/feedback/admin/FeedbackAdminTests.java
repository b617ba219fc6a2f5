package org.migrantportal.feedback.admin;

import java.time.Duration;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Editors read visitors' feedback per page and language for what their scope reaches, and
 * delete a text that holds personal data.
 */
@PortalWebTest
class FeedbackAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ContentFixtures content;

	private AccountFixtures accounts;

	private Long georgianPage;

	private Long armenianNews;

	private String pageTitle;

	private String newsTitle;

	@BeforeEach
	void feedback() {
		this.content = new ContentFixtures(this.context);
		this.accounts = new AccountFixtures(this.context);
		this.pageTitle = ContentFixtures.uniqueSlug("შრომითი მიგრაცია");
		this.newsTitle = ContentFixtures.uniqueSlug("Նոր կենտրոն");
		this.georgianPage = this.content.publishedPageOnlyIn("ka", this.pageTitle,
				ContentFixtures.uniqueSlug("shromiti"), "ტექსტი.");
		this.armenianNews = this.content.publishedNews(CountryScope.ARMENIA, LocalDate.of(2026, 3, 2), false, "hy",
				this.newsTitle, ContentFixtures.uniqueSlug("nor-kentron"));
		send("ka", "PAGE", this.georgianPage, "yes", "");
		send("ka", "PAGE", this.georgianPage, "yes", "კარგია");
		send("ka", "PAGE", this.georgianPage, "no", "");
		send("en", "PAGE", this.georgianPage, "no", "Missing the fees");
		send("hy", "NEWS", this.armenianNews, "yes", "Շատ լավ է");
	}

	@AfterEach
	void remove() {
		this.jdbc.update("delete from feedback where (target_kind = 'PAGE' and target_id = ?) "
				+ "or (target_kind = 'NEWS' and target_id = ?)", this.georgianPage, this.armenianNews);
		this.content.remove(this.georgianPage);
		this.content.removeNews(this.armenianNews);
	}

	@Test
	void anEditorSeesYesAndNoPerLanguageWithTheShareUsefulAndTheLatestTexts() throws Exception {
		MockHttpSession editor = logIn(CountryScope.GEORGIA);
		Document page = Jsoup.parse(this.mvc.get()
			.uri("/admin/feedback?kind=PAGE")
			.session(editor)
			.exchange()
			.getResponse()
			.getContentAsString());
		Element target = page.select("article.feedback-target:contains(" + this.pageTitle + ")").first();
		assertThat(target).isNotNull();
		assertThat(target.select("tr[data-locale=ka] td.yes").text()).isEqualTo("2");
		assertThat(target.select("tr[data-locale=ka] td.no").text()).isEqualTo("1");
		assertThat(target.select("tr[data-locale=ka] td.share").text()).isEqualTo("67 %");
		assertThat(target.select("tr[data-locale=en] td.no").text()).isEqualTo("1");
		assertThat(target.select("tr[data-locale=en] td.share").text()).isEqualTo("0 %");
		assertThat(target.select("p.feedback-text")).extracting(Element::text)
			.containsExactly("Missing the fees", "კარგია");
		assertThat(page.select("p.retention").text()).as("how long texts are kept").contains("180");

		Document english = Jsoup.parse(this.mvc.get()
			.uri("/admin/feedback?kind=PAGE&language=en")
			.session(editor)
			.exchange()
			.getResponse()
			.getContentAsString());
		Element onlyEnglish = english.select("article.feedback-target:contains(" + this.pageTitle + ")").first();
		assertThat(onlyEnglish.select("tr[data-locale]")).extracting((row) -> row.attr("data-locale"))
			.containsExactly("en");
		assertThat(
				this.mvc.get().uri("/admin/feedback?language=xx").session(editor).exchange().getResponse().getStatus())
			.isEqualTo(400);
		MockHttpServletResponse farAway = this.mvc.get()
			.uri("/admin/feedback?page=999999999")
			.session(editor)
			.exchange()
			.getResponse();
		assertThat(farAway.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(farAway.getContentAsString()).select("article.feedback-target")).isEmpty();
	}

	@Test
	void anEditorOfTheOtherCountryDoesNotSeeItNorDeleteItsTexts() throws Exception {
		MockHttpSession armenian = logIn(CountryScope.ARMENIA);
		String list = this.mvc.get()
			.uri("/admin/feedback")
			.session(armenian)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains(this.newsTitle).doesNotContain(this.pageTitle).doesNotContain("კარგია");
		MockHttpServletResponse refused = this.mvc.post()
			.uri("/admin/feedback/{id}/delete-text", textId("კარგია"))
			.session(armenian)
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("select count(*) from feedback where comment = 'კარგია'", Long.class))
			.isOne();

		String georgianList = this.mvc.get()
			.uri("/admin/feedback")
			.session(logIn(CountryScope.GEORGIA))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(georgianList).contains(this.pageTitle).doesNotContain(this.newsTitle);
	}

	@Test
	void deletingATextKeepsTheAnswerAndIsAuditedWithoutTheText() {
		long id = textId("Missing the fees");
		MockHttpServletResponse deleted = this.mvc.post()
			.uri("/admin/feedback/{id}/delete-text", id)
			.param("kind", "PAGE")
			.session(logIn(CountryScope.GEORGIA))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(deleted.getRedirectedUrl()).isEqualTo("/admin/feedback?page=0&kind=PAGE");
		assertThat(this.jdbc.queryForMap("select useful, comment from feedback where id = ?", id))
			.containsEntry("useful", false)
			.containsEntry("comment", null);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select summary from audit_entry where action = 'FEEDBACK_TEXT_PURGED' and subject_id = ?",
					String.class, id))
				.singleElement()
				.asString()
				.contains("PAGE " + this.georgianPage)
				.doesNotContain("fees"));
	}

	private long textId(String text) {
		return this.jdbc.queryForObject("select id from feedback where comment = ?", Long.class, text);
	}

	private MockHttpSession logIn(CountryScope country) {
		return BackOffice.logIn(this.mvc, this.accounts.create(StaffRole.EDITOR, country, null),
				AccountFixtures.PASSWORD);
	}

	private void send(String locale, String kind, Long id, String useful, String text) {
		MockHttpServletResponse sent = this.mvc.post()
			.uri("/" + locale + "/feedback")
			.param("kind", kind)
			.param("id", id.toString())
			.param("useful", useful)
			.param("text", text)
			.exchange()
			.getResponse();
		assertThat(sent.getStatus()).as(kind + " " + id).isEqualTo(303);
	}

}
