package org.migrantportal.content.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalWebTest
class ContentPageAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	private AccountFixtures accounts;

	private ContentFixtures content;

	private Long pageId;

	private String slug;

	@BeforeEach
	void createGeorgianPage() {
		this.accounts = new AccountFixtures(this.context);
		this.content = new ContentFixtures(this.context);
		this.slug = ContentFixtures.uniqueSlug("samushao");
		this.pageId = this.content.publishedPageOnlyIn("ka", "სამუშაო საზღვარგარეთ", this.slug,
				"გამოქვეყნებული ტექსტი.");
	}

	@AfterEach
	void removePage() {
		this.jdbc.update("update country_setting set four_eyes = false");
		this.content.remove(this.pageId);
	}

	@Test
	void editorsDraftStaysOffTheSiteUntilAReviewerPublishesIt() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpServletResponse saved = save(editor, "ka", "სამუშაო საზღვარგარეთ", this.slug, "ახალი პროექტი.",
				version("ka"));
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(publicText()).contains("გამოქვეყნებული ტექსტი.").doesNotContain("ახალი პროექტი.");
		assertThat(state("ka")).isEqualTo("DRAFT");

		assertThat(post(editor, "/submit", version("ka")).getResponse().getStatus()).isEqualTo(302);
		assertThat(state("ka")).isEqualTo("IN_REVIEW");
		MockHttpServletResponse refused = post(editor, "/publish", version("ka")).getResponse();
		assertThat(refused.getStatus()).as("an editor cannot publish").isEqualTo(403);
		assertThat(publicText()).doesNotContain("ახალი პროექტი.");

		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		assertThat(post(reviewer, "/publish", version("ka")).getResponse().getRedirectedUrl())
			.isEqualTo("/admin/pages/" + this.pageId + "/ka");
		assertThat(publicText()).contains("ახალი პროექტი.").doesNotContain("გამოქვეყნებული ტექსტი.");
		assertThat(state("ka")).isEqualTo("PUBLISHED");
	}

	@Test
	void renamedSlugKeepsAnsweringWithAPermanentRedirect() {
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		String renamed = this.slug + "-axali";
		save(reviewer, "ka", "სამუშაო საზღვარგარეთ", renamed, "ტექსტი.", version("ka"));
		post(reviewer, "/publish", version("ka")).getResponse();
		MockHttpServletResponse old = this.mvc.get().uri("/ka/pages/" + this.slug).exchange().getResponse();
		assertThat(old.getStatus()).isEqualTo(301);
		assertThat(old.getRedirectedUrl()).isEqualTo("/ka/pages/" + renamed);
		assertThat(this.mvc.get().uri("/ka/pages/" + renamed).exchange().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void secondSaveOfTwoEditorsIsAConflictThatShowsBothTextsAndOverwritesNothing() throws Exception {
		MockHttpSession first = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpSession second = logIn(StaffRole.EDITOR, CountryScope.BOTH, null);
		long loaded = version("ka");
		assertThat(
				save(first, "ka", "სამუშაო საზღვარგარეთ", this.slug, "პირველი რედაქტორის ტექსტი.", loaded).getStatus())
			.isEqualTo(302);
		MockHttpServletResponse conflict = save(second, "ka", "სამუშაო საზღვარგარეთ", this.slug,
				"მეორე რედაქტორის ტექსტი.", loaded);
		assertThat(conflict.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.getContentAsString());
		assertThat(page.selectFirst("#their-text").text()).isEqualTo("პირველი რედაქტორის ტექსტი.");
		assertThat(page.selectFirst("#bodyMarkdown").text()).isEqualTo("მეორე რედაქტორის ტექსტი.");
		assertThat(page.select(".conflict ins").text()).contains("მეორე");
		assertThat(workingBody("ka")).isEqualTo("პირველი რედაქტორის ტექსტი.");

		long offered = Long.parseLong(page.selectFirst("input[name=version]").attr("value"));
		assertThat(save(second, "ka", "სამუშაო საზღვარგარეთ", this.slug,
				"პირველი რედაქტორის ტექსტი. მეორე რედაქტორის ტექსტი.", offered)
			.getStatus()).as("the merged text saves").isEqualTo(302);
		assertThat(workingBody("ka")).isEqualTo("პირველი რედაქტორის ტექსტი. მეორე რედაქტორის ტექსტი.");
	}

	@Test
	void theSameFormPostedTwiceDoesNotSaveTwice() {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		long loaded = version("ka");
		save(editor, "ka", "სამუშაო საზღვარგარეთ", this.slug, "ერთხელ.", loaded);
		int revisions = revisions("ka");
		assertThat(save(editor, "ka", "სამუშაო საზღვარგარეთ", this.slug, "ერთხელ.", loaded).getStatus()).isEqualTo(409);
		assertThat(revisions("ka")).isEqualTo(revisions);
	}

	@Test
	void editorOfAnotherCountryCannotReachThePageByChangingTheIdInTheUrl() {
		MockHttpSession armenian = logIn(StaffRole.EDITOR, CountryScope.ARMENIA, null);
		assertThat(this.mvc.get()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(armenian)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(save(armenian, "ka", "გატეხილი", this.slug, "გატეხილი", version("ka")).getStatus()).isEqualTo(403);
		assertThat(this.mvc.post()
			.uri("/admin/pages/{id}/trash", this.pageId)
			.session(armenian)
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(workingBody("ka")).isEqualTo("გამოქვეყნებული ტექსტი.");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.ARMENIA, null);
		assertThat(post(reviewer, "/unpublish", version("ka")).getResponse().getStatus()).isEqualTo(403);
		assertThat(
				this.mvc.get().uri("/admin/pages").session(armenian).exchange().getResponse().getContentAsByteArray())
			.asString()
			.doesNotContain(this.slug);
	}

	@Test
	void ngoEditorWorksOnlyOnTheirOwnOrganizationsPages() throws Exception {
		MockHttpSession ngo = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "tanadgoma");
		assertThat(this.mvc.get()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(ngo)
			.exchange()
			.getResponse()
			.getStatus()).as("an IOM page").isEqualTo(403);
		MockHttpServletResponse created = this.mvc.post()
			.uri("/admin/pages")
			.session(ngo)
			.with(csrf())
			.param("topicId",
					this.jdbc
						.queryForObject("select id from topic where content_key = 'migrant-assistance'", Long.class)
						.toString())
			.param("country", "GEORGIA")
			.param("organizationId", this.accounts.organizationId("rights-georgia").toString())
			.param("locale", "ka")
			.param("title", "თანადგომის მომსახურება")
			.param("slug", ContentFixtures.uniqueSlug("tanadgoma"))
			.param("summary", "")
			.param("bodyMarkdown", "ტექსტი")
			.exchange()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		Long ngoPage = Long.valueOf(created.getRedirectedUrl().split("/")[3]);
		try {
			assertThat(this.jdbc.queryForObject("select organization_id from content_page where id = ?", Long.class,
					ngoPage))
				.as("an NGO editor's page belongs to their organization, whatever the form said")
				.isEqualTo(this.accounts.organizationId("tanadgoma"));
			assertThat(this.mvc.get()
				.uri("/admin/pages/{id}/ka", ngoPage)
				.session(ngo)
				.exchange()
				.getResponse()
				.getStatus()).isEqualTo(200);
		}
		finally {
			this.jdbc.update(
					"delete from translation_revision where translation_id in "
							+ "(select id from content_page_translation where page_id = ?) and subject_type = 'PAGE'",
					ngoPage);
			this.content.remove(ngoPage);
		}
	}

	@Test
	void withFourEyesAReviewerCannotPublishTheirOwnEdit() {
		this.jdbc.update("update country_setting set four_eyes = true where country_scope = 'GEORGIA'");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		save(reviewer, "ka", "სამუშაო საზღვარგარეთ", this.slug, "ჩემი ცვლილება.", version("ka"));
		MvcTestResult own = post(reviewer, "/publish", version("ka"));
		assertThat(own.getMvcResult().getFlashMap().get("flashError")).isEqualTo("editorial.refused.four-eyes");
		assertThat(publicText()).doesNotContain("ჩემი ცვლილება.");
		MockHttpSession other = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		assertThat(post(other, "/publish", version("ka")).getMvcResult().getFlashMap().get("flash"))
			.isEqualTo("content.flash.published");
		assertThat(publicText()).contains("ჩემი ცვლილება.");
	}

	@Test
	void scheduledPublishingHappensWhenTheClockPassesTheTime() {
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		save(reviewer, "ka", "სამუშაო საზღვარგარეთ", this.slug, "დაგეგმილი ტექსტი.", version("ka"));
		ZoneId tbilisi = ZoneId.of("Asia/Tbilisi");
		String inOneHour = LocalDateTime.ofInstant(this.clock.instant().plus(Duration.ofHours(1)), tbilisi)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		MvcTestResult scheduled = this.mvc.post()
			.uri("/admin/pages/{id}/ka/schedule", this.pageId)
			.session(reviewer)
			.with(csrf())
			.param("version", Long.toString(version("ka")))
			.param("publishAt", inOneHour)
			.exchange();
		assertThat(scheduled.getMvcResult().getFlashMap().get("flash")).isEqualTo("content.flash.scheduled");
		this.workflow.runSchedule();
		assertThat(publicText()).doesNotContain("დაგეგმილი ტექსტი.");
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(this.workflow.runSchedule()).isGreaterThanOrEqualTo(1);
		assertThat(publicText()).contains("დაგეგმილი ტექსტი.");
	}

	@Test
	void scheduledUnpublishingTakesThePageOffline() {
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		String inOneHour = LocalDateTime
			.ofInstant(this.clock.instant().plus(Duration.ofHours(1)), ZoneId.of("Asia/Tbilisi"))
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		this.mvc.post()
			.uri("/admin/pages/{id}/ka/schedule", this.pageId)
			.session(reviewer)
			.with(csrf())
			.param("version", Long.toString(version("ka")))
			.param("unpublishAt", inOneHour)
			.exchange();
		assertThat(this.mvc.get().uri("/ka/pages/" + this.slug).exchange().getResponse().getStatus()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(61));
		this.workflow.runSchedule();
		assertThat(this.mvc.get().uri("/ka/pages/" + this.slug).exchange().getResponse().getStatus()).isEqualTo(404);
		assertThat(state("ka")).isEqualTo("ARCHIVED");
	}

	@Test
	void editorsListFiltersByCountryTopicStateLanguageAndText() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.BOTH, null);
		save(editor, "ka", "სამუშაო საზღვარგარეთ", this.slug, "პროექტი.", version("ka"));
		Long topic = this.jdbc.queryForObject("select topic_id from content_page where id = ?", Long.class,
				this.pageId);
		String mine = "a[href='/admin/pages/" + this.pageId + "/ka']";
		assertThat(get(editor,
				"/admin/pages?country=GEORGIA&topic=" + topic + "&state=DRAFT&language=ka&text=" + "საზღვარგარეთ")
			.select(mine)).hasSize(1);
		assertThat(get(editor, "/admin/pages?country=ARMENIA").select(mine)).isEmpty();
		assertThat(get(editor, "/admin/pages?state=PUBLISHED").select(mine)).isEmpty();
		assertThat(get(editor, "/admin/pages?language=hy").select(mine)).isEmpty();
		assertThat(get(editor, "/admin/pages?text=nothing-like-this").select(mine)).isEmpty();
		assertThat(
				this.mvc.get().uri("/admin/pages?state=SOMETHING").session(editor).exchange().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void schedulingInThePastIsAClearError() {
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		MvcTestResult response = this.mvc.post()
			.uri("/admin/pages/{id}/ka/schedule", this.pageId)
			.session(reviewer)
			.with(csrf())
			.param("version", Long.toString(version("ka")))
			.param("publishAt", "2020-01-01T10:00")
			.exchange();
		assertThat(response.getMvcResult().getFlashMap().get("flashError")).isEqualTo("content.error.schedule-in-past");
	}

	@Test
	void everySaveIsARevisionThatCanBeComparedAndRestored() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		save(editor, "ka", "სამუშაო საზღვარგარეთ", this.slug, "პირველი ვერსია ტექსტის.", version("ka"));
		save(editor, "ka", "სამუშაო საზღვარგარეთ", this.slug, "მეორე ვერსია ტექსტის.", version("ka"));
		Map<String, Object> revisionIds = this.jdbc.queryForMap("select min(r.id) as first, max(r.id) as last "
				+ "from translation_revision r join content_page_translation t on t.id = r.translation_id "
				+ "where r.subject_type = 'PAGE' and t.page_id = ? and t.locale = 'ka'", this.pageId);
		Document compare = get(editor, "/admin/pages/" + this.pageId + "/ka/compare?from=" + revisionIds.get("first")
				+ "&to=" + revisionIds.get("last"));
		assertThat(compare.select("del").eachText()).contains("პირველი");
		assertThat(compare.select("ins").eachText()).contains("მეორე");
		MvcTestResult restored = this.mvc.post()
			.uri("/admin/pages/{id}/ka/revisions/{revision}/restore", this.pageId, revisionIds.get("first"))
			.session(editor)
			.with(csrf())
			.param("version", Long.toString(version("ka")))
			.exchange();
		assertThat(restored.getMvcResult().getFlashMap().get("flash")).isEqualTo("content.flash.revision-restored");
		assertThat(workingBody("ka")).isEqualTo("პირველი ვერსია ტექსტის.");
		assertThat(revisions("ka")).isEqualTo(3);
	}

	@Test
	void previewRendersTheTextWithoutSavingIt() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(editor)
			.with(csrf())
			.param("preview", "true")
			.param("title", "სათაური")
			.param("slug", this.slug)
			.param("summary", "")
			.param("bodyMarkdown", "## წინასწარი\n\n<script>alert(1)</script>")
			.param("note", "")
			.param("version", Long.toString(version("ka")))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".preview article div h2").text()).isEqualTo("წინასწარი");
		assertThat(page.select(".preview script")).isEmpty();
		assertThat(workingBody("ka")).isEqualTo("გამოქვეყნებული ტექსტი.");
	}

	@Test
	void badInputIsAFormErrorAndChangesNothing() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		long loaded = version("ka");
		assertFieldError(save(editor, "ka", "ა".repeat(201), this.slug, "x", loaded), "title");
		assertFieldError(save(editor, "ka", "სათაური", "Not A Slug!", "x", loaded), "slug");
		assertFieldError(save(editor, "ka", "სათაური", "migrantta-resurs-tsentrebi", "x", loaded), "slug");
		assertFieldError(save(editor, "ka", "", this.slug, "x", loaded), "title");
		MockHttpServletResponse tamperedVersion = this.mvc.post()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(editor)
			.with(csrf())
			.param("title", "სათაური")
			.param("slug", this.slug)
			.param("bodyMarkdown", "x")
			.param("version", "not-a-number")
			.exchange()
			.getResponse();
		assertThat(tamperedVersion.getStatus()).isEqualTo(400);
		assertThat(this.mvc.get().uri("/admin/pages/99999999/ka").session(editor).exchange().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.get()
			.uri("/admin/pages/{id}/xx", this.pageId)
			.session(editor)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(workingBody("ka")).isEqualTo("გამოქვეყნებული ტექსტი.");
		assertThat(revisions("ka")).isZero();
	}

	@Test
	void trashHidesThePageUntilRestoredAndOnlyAdminsPurge() {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		assertThat(this.mvc.post()
			.uri("/admin/pages/{id}/trash", this.pageId)
			.session(editor)
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.mvc.get().uri("/ka/pages/" + this.slug).exchange().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.post()
			.uri("/admin/trash/pages/{id}/purge", this.pageId)
			.session(editor)
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.post()
			.uri("/admin/trash/pages/{id}/restore", this.pageId)
			.session(editor)
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.mvc.get().uri("/ka/pages/" + this.slug).exchange().getResponse().getStatus()).isEqualTo(200);
	}

	private MockHttpSession logIn(StaffRole role, CountryScope country, String organization) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, country, organization), AccountFixtures.PASSWORD);
	}

	private MockHttpServletResponse save(MockHttpSession session, String locale, String title, String slug, String body,
			long version) {
		return this.mvc.post()
			.uri("/admin/pages/{id}/{locale}", this.pageId, locale)
			.session(session)
			.with(csrf())
			.param("title", title)
			.param("slug", slug)
			.param("summary", "")
			.param("bodyMarkdown", body)
			.param("note", "")
			.param("version", Long.toString(version))
			.exchange()
			.getResponse();
	}

	private MvcTestResult post(MockHttpSession session, String action, long version) {
		return this.mvc.post()
			.uri("/admin/pages/{id}/ka" + action, this.pageId)
			.session(session)
			.with(csrf())
			.param("version", Long.toString(version))
			.exchange();
	}

	private Document get(MockHttpSession session, String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).session(session).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private void assertFieldError(MockHttpServletResponse response, String field) throws Exception {
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(response.getContentAsString()).select("#" + field + "-error")).as(field).isNotEmpty();
	}

	private String publicText() {
		MockHttpServletResponse response = this.mvc.get().uri("/ka/pages/" + this.slug).exchange().getResponse();
		try {
			return response.getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long version(String locale) {
		return this.jdbc.queryForObject("select version from content_page_translation where page_id = ? and locale = ?",
				Long.class, this.pageId, locale);
	}

	private String state(String locale) {
		return this.jdbc.queryForObject("select state from content_page_translation where page_id = ? and locale = ?",
				String.class, this.pageId, locale);
	}

	private String workingBody(String locale) {
		return this.jdbc.queryForObject(
				"select body_markdown from content_page_translation where page_id = ? and locale = ?", String.class,
				this.pageId, locale);
	}

	private int revisions(String locale) {
		return this.jdbc.queryForObject(
				"select count(*) from translation_revision r join content_page_translation t "
						+ "on t.id = r.translation_id where r.subject_type = 'PAGE' and t.page_id = ? and t.locale = ?",
				Integer.class, this.pageId, locale);
	}

}
