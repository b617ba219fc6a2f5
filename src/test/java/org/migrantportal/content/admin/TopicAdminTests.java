package org.migrantportal.content.admin;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
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

/** Topics go through the same drafts, review and publishing as pages. */
@PortalWebTest
class TopicAdminTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private Long topicId;

	private String original;

	@BeforeEach
	void remember() {
		this.accounts = new AccountFixtures(this.context);
		this.topicId = this.jdbc.queryForObject("select id from topic where content_key = 'crisis-operations'",
				Long.class);
		this.original = this.jdbc.queryForObject(
				"select published_title from topic_translation where topic_id = ? and locale = 'hy'", String.class,
				this.topicId);
	}

	@AfterEach
	void restore() {
		this.jdbc.update("update topic_translation set title = ?, state = 'PUBLISHED', published_title = ? "
				+ "where topic_id = ? and locale = 'hy'", this.original, this.original, this.topicId);
	}

	@Test
	void anEditorsTopicDraftGoesPublicOnlyWhenAReviewerPublishesIt() throws Exception {
		MockHttpSession editor = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.ARMENIA, null), AccountFixtures.PASSWORD);
		assertThat(this.mvc.get().uri("/admin/topics").session(editor).exchange().getResponse().getContentAsString())
			.contains("/admin/topics/" + this.topicId + "/hy");
		String slug = this.jdbc.queryForObject(
				"select slug from topic_translation where topic_id = ? and locale = 'hy'", String.class, this.topicId);
		MockHttpServletResponse saved = this.mvc.post()
			.uri("/admin/topics/{id}/hy", this.topicId)
			.session(editor)
			.with(csrf())
			.param("title", "Ճգնաժամային գործողություններ (նոր)")
			.param("slug", slug)
			.param("summary", "")
			.param("bodyMarkdown", "")
			.param("version", version().toString())
			.exchange()
			.getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/topics/" + this.topicId + "/hy");
		assertThat(publicTitle(slug)).isEqualTo(this.original);

		MockHttpSession reviewer = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.REVIEWER, CountryScope.GEORGIA, null), AccountFixtures.PASSWORD);
		this.mvc.post()
			.uri("/admin/topics/{id}/hy/publish", this.topicId)
			.session(reviewer)
			.with(csrf())
			.param("version", version().toString())
			.exchange();
		assertThat(publicTitle(slug)).isEqualTo("Ճգնաժամային գործողություններ (նոր)");
	}

	@Test
	void iomStaffCreateTopicsAsDraftsAndNgoEditorsCannot() {
		MockHttpSession editor = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null), AccountFixtures.PASSWORD);
		String slug = "axali-tema-" + System.nanoTime();
		MockHttpServletResponse created = this.mvc.post()
			.uri("/admin/topics")
			.session(editor)
			.with(csrf())
			.param("locale", "ka")
			.param("title", "ახალი თემა")
			.param("slug", slug)
			.param("summary", "")
			.param("bodyMarkdown", "")
			.exchange()
			.getResponse();
		assertThat(created.getRedirectedUrl()).matches("/admin/topics/\\d+/ka");
		Long id = Long.valueOf(created.getRedirectedUrl().split("/")[3]);
		try {
			assertThat(this.jdbc.queryForObject("select state from topic_translation where topic_id = ?", String.class,
					id))
				.isEqualTo("DRAFT");
			assertThat(this.mvc.get().uri("/ka/topics/" + slug).exchange().getResponse().getStatus())
				.as("a draft topic is not public")
				.isEqualTo(404);
			MockHttpSession ngo = BackOffice.logIn(this.mvc,
					this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, "tanadgoma"),
					AccountFixtures.PASSWORD);
			assertThat(this.mvc.post()
				.uri("/admin/topics")
				.session(ngo)
				.with(csrf())
				.param("locale", "ka")
				.param("title", "სხვა თემა")
				.param("slug", slug + "-ngo")
				.exchange()
				.getResponse()
				.getStatus()).isEqualTo(403);
		}
		finally {
			this.jdbc.update("delete from translation_revision where subject_type = 'TOPIC' and translation_id in "
					+ "(select id from topic_translation where topic_id = ?)", id);
			this.jdbc.update("delete from topic_translation where topic_id = ?", id);
			this.jdbc.update("delete from topic where id = ?", id);
		}
	}

	@Test
	void reviewersConfirmNativeReviewAndTheNoteLeavesThePublicPage() throws Exception {
		String slug = this.jdbc.queryForObject(
				"select slug from topic_translation where topic_id = ? and locale = 'hy'", String.class, this.topicId);
		assertThat(Jsoup.parse(this.mvc.get().uri("/hy/topics/" + slug).exchange().getResponse().getContentAsString())
			.select(".review-note")).isNotEmpty();
		MockHttpSession editor = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.ARMENIA, null), AccountFixtures.PASSWORD);
		assertThat(confirm(editor).getStatus()).as("editors cannot clear the flag").isEqualTo(403);
		MockHttpSession reviewer = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.REVIEWER, CountryScope.ARMENIA, null), AccountFixtures.PASSWORD);
		try {
			assertThat(confirm(reviewer).getStatus()).isEqualTo(302);
			assertThat(
					Jsoup.parse(this.mvc.get().uri("/hy/topics/" + slug).exchange().getResponse().getContentAsString())
						.select(".review-note"))
				.isEmpty();
		}
		finally {
			this.jdbc.update("update topic_translation set awaiting_native_review = true where topic_id = ? "
					+ "and locale = 'hy'", this.topicId);
		}
	}

	private MockHttpServletResponse confirm(MockHttpSession session) {
		return this.mvc.post()
			.uri("/admin/topics/{id}/hy/native-review", this.topicId)
			.session(session)
			.with(csrf())
			.param("version", version().toString())
			.param("awaiting", "false")
			.exchange()
			.getResponse();
	}

	@Test
	void ngoEditorsAreNotOfferedANewTopicFormThatWouldRefuseWhatTheyTyped() throws Exception {
		MockHttpSession ngo = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, "tanadgoma"), AccountFixtures.PASSWORD);
		String topics = this.mvc.get().uri("/admin/topics").session(ngo).exchange().getResponse().getContentAsString();
		assertThat(topics).doesNotContain("href=\"/admin/topics/new\"");
		assertThat(this.mvc.get().uri("/admin/topics/new").session(ngo).exchange().getResponse().getStatus())
			.as("refused before a word is typed")
			.isEqualTo(403);
		MockHttpSession iom = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null), AccountFixtures.PASSWORD);
		assertThat(this.mvc.get().uri("/admin/topics").session(iom).exchange().getResponse().getContentAsString())
			.contains("href=\"/admin/topics/new\"");
	}

	@Test
	void ngoEditorsDoNotEditTopics() {
		MockHttpSession ngo = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, "tanadgoma"), AccountFixtures.PASSWORD);
		assertThat(this.mvc.get()
			.uri("/admin/topics/{id}/ka", this.topicId)
			.session(ngo)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.get()
			.uri("/admin/unknown/{id}/ka", this.topicId)
			.session(ngo)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private Long version() {
		return this.jdbc.queryForObject("select version from topic_translation where topic_id = ? and locale = 'hy'",
				Long.class, this.topicId);
	}

	private String publicTitle(String slug) throws Exception {
		return Jsoup.parse(this.mvc.get().uri("/hy/topics/" + slug).exchange().getResponse().getContentAsString())
			.selectFirst("h1")
			.text();
	}

}
