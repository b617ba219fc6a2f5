package org.migrantportal.content.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Translators write only in the languages chosen for them, and never the source text. */
@PortalWebTest
class TranslatorTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ContentFixtures content;

	private Long pageId;

	private MockHttpSession translator;

	@BeforeEach
	void georgianPageAndAnArmenianTranslator() {
		this.content = new ContentFixtures(this.context);
		this.pageId = this.content.publishedPageOnlyIn("ka", "წყარო", ContentFixtures.uniqueSlug("targmani"),
				"ტექსტი.");
		this.translator = BackOffice.logIn(this.mvc,
				new AccountFixtures(this.context).createTranslator(CountryScope.BOTH, "hy"), AccountFixtures.PASSWORD);
	}

	@AfterEach
	void remove() {
		this.content.remove(this.pageId);
	}

	@Test
	void translatorWritesTheArmenianTranslationButNotOtherLanguagesNorTheSource() {
		assertThat(save("hy", "Աղբյուր", ContentFixtures.uniqueSlug("aghbyur"), 0)).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select title from content_page_translation where page_id = ? and locale = 'hy'", String.class,
				this.pageId))
			.isEqualTo("Աղբյուր");
		assertThat(save("en", "Source", ContentFixtures.uniqueSlug("source"), 0)).isEqualTo(403);
		long kaVersion = this.jdbc.queryForObject(
				"select version from content_page_translation where page_id = ? and locale = 'ka'", Long.class,
				this.pageId);
		assertThat(save("ka", "შეცვლილი", ContentFixtures.uniqueSlug("tsqaro"), kaVersion)).isEqualTo(403);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from content_page_translation where page_id = ? and locale = 'en'", Long.class,
				this.pageId))
			.isZero();
	}

	@Test
	void translatorsCanNeitherCreatePagesNorPublish() {
		assertThat(this.mvc.get().uri("/admin/pages/new").session(this.translator).exchange().getResponse().getStatus())
			.isEqualTo(403);
		save("hy", "Աղբյուր", ContentFixtures.uniqueSlug("aghbyur"), 0);
		long version = this.jdbc.queryForObject(
				"select version from content_page_translation where page_id = ? and locale = 'hy'", Long.class,
				this.pageId);
		assertThat(this.mvc.post()
			.uri("/admin/pages/{id}/hy/publish", this.pageId)
			.session(this.translator)
			.with(csrf())
			.param("version", Long.toString(version))
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(
				this.mvc.get().uri("/admin/translations").session(this.translator).exchange().getResponse().getStatus())
			.isEqualTo(200);
	}

	private int save(String locale, String title, String slug, long version) {
		return this.mvc.post()
			.uri("/admin/pages/{id}/{locale}", this.pageId, locale)
			.session(this.translator)
			.with(csrf())
			.param("title", title)
			.param("slug", slug)
			.param("summary", "")
			.param("bodyMarkdown", "Տեքստ.")
			.param("version", Long.toString(version))
			.exchange()
			.getResponse()
			.getStatus();
	}

}
