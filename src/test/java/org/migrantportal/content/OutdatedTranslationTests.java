package org.migrantportal.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A translation made from one source revision becomes outdated when the source is
 * published again with a change that is not minor; readers and translators are told, and
 * saving the translation from the current source brings it up to date.
 */
@PortalWebTest
class OutdatedTranslationTests {

	private static final Actor EDITOR = new Actor(-1L, "editor@test.example", StaffRole.EDITOR, CountryScope.GEORGIA,
			null, false);

	private static final Actor REVIEWER = new Actor(-2L, "reviewer@test.example", StaffRole.REVIEWER,
			CountryScope.GEORGIA, null, false);

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	@Autowired
	private ContentOverview overview;

	@Autowired
	private ContentService content;

	@Autowired
	private SiteLocales locales;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private Long pageId;

	private String kaSlug;

	private String enSlug;

	@BeforeEach
	void georgianSourceWithAnEnglishTranslation() {
		Long topic = this.jdbc.queryForObject("select id from topic where content_key = 'labour-migration'",
				Long.class);
		this.kaSlug = ContentFixtures.uniqueSlug("tsqaro");
		this.enSlug = ContentFixtures.uniqueSlug("source");
		this.pageId = this.editing.createPage(EDITOR, new NewPage(topic, CountryScope.GEORGIA, null, "ka",
				new TranslationDraft("წყარო", this.kaSlug, "", "პირველი აბზაცი.\n\nმეორე აბზაცი.", "", false)));
		publish("ka");
		this.editing.saveTranslation(EDITOR, ContentKind.PAGE, this.pageId, "en",
				new TranslationDraft("Source", this.enSlug, "", "First paragraph.\n\nSecond paragraph.", "", false), 0);
		publish("en");
	}

	@AfterEach
	void remove() {
		new ContentFixtures(this.context).remove(this.pageId);
	}

	@Test
	void aMinorSourceFixLeavesTheTranslationUpToDate() {
		changeSource("პირველი აბზაცი.\n\nმეორე აბზაცი!", true);
		assertThat(this.content.getPage(this.locales.get("en"), this.enSlug).outdated()).isNull();
	}

	@Test
	void aRealSourceChangeMakesTheTranslationOutdatedForReadersAndTranslators() throws Exception {
		changeSource("პირველი აბზაცი.\n\nახალი მნიშვნელოვანი ინფორმაცია.", false);
		PageView english = this.content.getPage(this.locales.get("en"), this.enSlug);
		assertThat(english.outdated()).isNotNull();
		assertThat(english.outdated().sourcePath()).isEqualTo("/ka/pages/" + this.kaSlug);
		assertThat(this.content.getPage(this.locales.get("ka"), this.kaSlug).outdated()).as("the source itself")
			.isNull();

		Document page = Jsoup
			.parse(this.mvc.get().uri("/en/pages/" + this.enSlug).exchange().getResponse().getContentAsString());
		assertThat(page.select(".notice").text()).contains("updated in the original language (ქართული)");
		assertThat(page.select(".notice a").attr("href")).isEqualTo("/ka/pages/" + this.kaSlug);

		EditableTranslation translating = this.editing.getTranslation(EDITOR, ContentKind.PAGE, this.pageId, "en");
		assertThat(translating.source().outdated()).isTrue();
		assertThat(translating.source().changes()).anySatisfy((segment) -> {
			assertThat(segment.kind().name()).isEqualTo("ADDED");
			assertThat(segment.text()).contains("ახალი მნიშვნელოვანი ინფორმაცია.");
		});

		TranslationDashboard dashboard = this.overview.translationDashboard(EDITOR, ContentKind.PAGE,
				CountryScope.GEORGIA, TranslationStatus.OUTDATED);
		assertThat(dashboard.rows()).anySatisfy((row) -> {
			assertThat(row.id()).isEqualTo(this.pageId);
			assertThat(row.cells().get("en").status()).isEqualTo(TranslationStatus.OUTDATED);
			assertThat(row.cells().get("ka").status()).isEqualTo(TranslationStatus.PUBLISHED);
			assertThat(row.cells().get("hy").status()).isEqualTo(TranslationStatus.MISSING);
		});
		assertThat(dashboard.rows()).allSatisfy((row) -> assertThat(row.cells().values())
			.anySatisfy((cell) -> assertThat(cell.status()).isEqualTo(TranslationStatus.OUTDATED)));
		assertThat(dashboard.counts().get("en").get(TranslationStatus.OUTDATED)).isGreaterThanOrEqualTo(1);
		MockHttpSession session = BackOffice.logIn(this.mvc,
				new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null),
				AccountFixtures.PASSWORD);
		Document matrix = Jsoup.parse(this.mvc.get()
			.uri("/admin/translations?kind=pages&country=GEORGIA&status=OUTDATED")
			.session(session)
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(matrix.select("td.status-outdated a").eachAttr("href"))
			.contains("/admin/pages/" + this.pageId + "/en");
		assertThat(matrix.select("#progress-en").text()).contains("%");

		this.editing.saveTranslation(
				EDITOR, ContentKind.PAGE, this.pageId, "en", new TranslationDraft("Source", this.enSlug, "",
						"First paragraph.\n\nNew important information.", "", false, translating.source().revisionId()),
				translating.version());
		publish("en");
		assertThat(this.content.getPage(this.locales.get("en"), this.enSlug).outdated()).isNull();
		assertThat(this.editing.getTranslation(EDITOR, ContentKind.PAGE, this.pageId, "en").source().outdated())
			.isFalse();
	}

	private void changeSource(String body, boolean minor) {
		long version = this.editing.getTranslation(EDITOR, ContentKind.PAGE, this.pageId, "ka").version();
		this.editing.saveTranslation(EDITOR, ContentKind.PAGE, this.pageId, "ka",
				new TranslationDraft("წყარო", this.kaSlug, "", body, "", minor), version);
		publish("ka");
	}

	private void publish(String locale) {
		long version = this.editing.getTranslation(REVIEWER, ContentKind.PAGE, this.pageId, locale).version();
		this.workflow.publish(REVIEWER, ContentKind.PAGE, this.pageId, locale, version);
	}

}
