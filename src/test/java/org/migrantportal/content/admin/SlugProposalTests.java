package org.migrantportal.content.admin;

import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An editor who leaves the address (slug) blank gets one proposed from the title, with
 * Georgian and Armenian romanised.
 */
@PortalWebTest
class SlugProposalTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ContentFixtures content;

	private MockHttpSession editor;

	private Long pageId;

	// a number in the title keeps the proposed slug apart from other tests' pages
	private final String number = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

	@BeforeEach
	void logIn() {
		this.content = new ContentFixtures(this.context);
		AccountFixtures accounts = new AccountFixtures(this.context);
		this.editor = BackOffice.logIn(this.mvc, accounts.create(StaffRole.EDITOR, CountryScope.BOTH, null),
				AccountFixtures.PASSWORD);
	}

	@AfterEach
	void removePage() {
		if (this.pageId != null) {
			this.jdbc.update(
					"delete from translation_revision where translation_id in "
							+ "(select id from content_page_translation where page_id = ?) and subject_type = 'PAGE'",
					this.pageId);
			this.content.remove(this.pageId);
		}
	}

	@Test
	void newPageWithAGeorgianTitleAndABlankSlugGetsTheRomanisedSlug() {
		MockHttpServletResponse created = createPage("შრომითი მიგრაცია " + this.number, "");
		assertThat(created.getStatus()).isEqualTo(302);
		this.pageId = Long.valueOf(created.getRedirectedUrl().split("/")[3]);
		assertThat(slug("ka")).isEqualTo("shromiti-migratsia-" + this.number);
	}

	@Test
	void slugTheEditorTypedIsKept() {
		String typed = ContentFixtures.uniqueSlug("chemi-misamarti");
		MockHttpServletResponse created = createPage("შრომითი მიგრაცია " + this.number, typed);
		assertThat(created.getStatus()).isEqualTo(302);
		this.pageId = Long.valueOf(created.getRedirectedUrl().split("/")[3]);
		assertThat(slug("ka")).isEqualTo(typed);
	}

	@Test
	void armenianTranslationSavedWithABlankSlugGetsTheRomanisedSlug() throws Exception {
		this.pageId = this.content.publishedPageOnlyIn("ka", "შრომითი მიგრაცია",
				ContentFixtures.uniqueSlug("shromiti-migratsia"), "ტექსტი.");
		Document form = Jsoup.parse(this.mvc.get()
			.uri("/admin/pages/{id}/hy", this.pageId)
			.session(this.editor)
			.exchange()
			.getResponse()
			.getContentAsString());
		MockHttpServletResponse saved = this.mvc.post()
			.uri("/admin/pages/{id}/hy", this.pageId)
			.session(this.editor)
			.with(csrf())
			.param("title", "Աշխատանքային միգրացիա " + this.number)
			.param("slug", " ")
			.param("summary", "")
			.param("bodyMarkdown", "Տեքստ։")
			.param("note", "")
			.param("version", form.selectFirst("input[name=version]").attr("value"))
			.exchange()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(slug("hy")).isEqualTo("ashkhatankayin-migratsia-" + this.number);
	}

	@Test
	void titleWithNothingToRomaniseAndABlankSlugIsASlugError() throws Exception {
		MockHttpServletResponse refused = createPage("🚀 !!!", "");
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.getContentAsString()).select("#slug-error")).isNotEmpty();
	}

	@Test
	void slugFieldIsMarkedToBeFilledFromTheTitle() throws Exception {
		Document form = Jsoup.parse(this.mvc.get()
			.uri("/admin/pages/new")
			.session(this.editor)
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("input#slug[data-slug-from=title]")).hasSize(1);
		assertThat(form.select("input#slug[required]")).as("blank means proposed").isEmpty();
		assertThat(form.select("script[src^=/js/slug]")).hasSize(1);
	}

	private MockHttpServletResponse createPage(String title, String slug) {
		return this.mvc.post()
			.uri("/admin/pages")
			.session(this.editor)
			.with(csrf())
			.param("topicId",
					this.jdbc.queryForObject("select id from topic where content_key = 'labour-migration'", Long.class)
						.toString())
			.param("country", "GEORGIA")
			.param("locale", "ka")
			.param("title", title)
			.param("slug", slug)
			.param("summary", "")
			.param("bodyMarkdown", "ტექსტი.")
			.exchange()
			.getResponse();
	}

	private String slug(String locale) {
		return this.jdbc.queryForObject("select slug from content_page_translation where page_id = ? and locale = ?",
				String.class, this.pageId, locale);
	}

}
