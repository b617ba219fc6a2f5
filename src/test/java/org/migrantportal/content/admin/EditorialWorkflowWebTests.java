package org.migrantportal.content.admin;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The one workflow as editors and reviewers meet it on pages: the form's workflow buttons
 * save what was typed first, reviewers send back with a reason the editor sees, each
 * person's dashboard lists the work waiting for them, and an action that does not apply
 * is refused with a reason rather than done silently.
 */
@PortalWebTest
class EditorialWorkflowWebTests {

	private static final String TITLE = "შრომითი მიგრაცია";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private ContentFixtures content;

	private Long pageId;

	private String slug;

	@BeforeEach
	void createGeorgianPage() {
		this.accounts = new AccountFixtures(this.context);
		this.content = new ContentFixtures(this.context);
		this.slug = ContentFixtures.uniqueSlug("shroma");
		this.pageId = this.content.publishedPageOnlyIn("ka", TITLE, this.slug, "გამოქვეყნებული ტექსტი.");
	}

	@AfterEach
	void removePage() {
		this.jdbc.update("update country_setting set four_eyes = false");
		this.content.remove(this.pageId);
	}

	@Test
	void submitForReviewFromTheFormSubmitsTheTextJustTypedNotTheLastSavedOne() {
		MockHttpSession editor = logIn(StaffRole.EDITOR);
		MvcTestResult result = edit(editor, "გამოქვეყნებული ტექსტი.\n\nახალი აბზაცი ვიზის შესახებ.", "submit");
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getMvcResult().getFlashMap().get("flash")).isEqualTo("editorial.flash.saved-and-submitted");
		assertThat(workingBody()).contains("ახალი აბზაცი ვიზის შესახებ.");
		assertThat(state()).isEqualTo("IN_REVIEW");
	}

	@Test
	void aReviewerSendsBackWithAReasonThatTheEditorSeesOnTheDashboardAndAboveTheText() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR);
		edit(editor, "ტექსტი, რომელსაც შემოწმება სჭირდება.", "submit");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER);
		Document reviewerDashboard = get(reviewer, "/admin");
		assertThat(reviewerDashboard.select("#queue-to-review a").eachAttr("href"))
			.contains("/admin/pages/" + this.pageId + "/ka");

		MvcTestResult noReason = action(reviewer, "/send-back", version(), "  ");
		assertThat(noReason.getMvcResult().getFlashMap().get("flashError"))
			.isEqualTo("editorial.error.reason-required");
		assertThat(state()).as("nothing was sent back without a reason").isEqualTo("IN_REVIEW");

		String reason = "გთხოვთ, დაამატოთ ცხელი ხაზის ნომერი.";
		MvcTestResult sentBack = action(reviewer, "/send-back", version(), reason);
		assertThat(sentBack.getMvcResult().getFlashMap().get("flash")).isEqualTo("editorial.flash.sent-back");
		assertThat(state()).isEqualTo("DRAFT");

		Document editorDashboard = get(editor, "/admin");
		assertThat(editorDashboard.select("#queue-sent-back").text()).contains(TITLE).contains(reason);
		assertThat(editorDashboard.select("#queue-my-drafts a").eachAttr("href"))
			.doesNotContain("/admin/pages/" + this.pageId + "/ka");
		assertThat(get(editor, "/admin/pages/" + this.pageId + "/ka").select(".sent-back .reason").text())
			.isEqualTo(reason);

		edit(editor, "ტექსტი ცხელი ხაზის ნომრით.", "submit");
		assertThat(get(editor, "/admin").select("#queue-sent-back").text()).as("submitted again").doesNotContain(TITLE);
	}

	@Test
	void anActionThatDoesNotApplyIsRefusedWithAReasonNotDoneSilently() {
		MockHttpSession editor = logIn(StaffRole.EDITOR);
		edit(editor, "ტექსტი.", "submit");
		MvcTestResult again = action(editor, "/submit", version(), null);
		assertThat(again.getMvcResult().getFlashMap().get("flashError")).isEqualTo("editorial.refused.not-a-draft");
		assertThat(again.getMvcResult().getFlashMap().get("flash")).isNull();

		MockHttpSession reviewer = logIn(StaffRole.REVIEWER);
		action(reviewer, "/unpublish", version(), null);
		MvcTestResult offline = action(reviewer, "/unpublish", version(), null);
		assertThat(offline.getMvcResult().getFlashMap().get("flashError")).isEqualTo("editorial.refused.not-online");
	}

	@Test
	void theFormShowsOnlyTheButtonsThePersonMayUse() throws Exception {
		String path = "/admin/pages/" + this.pageId + "/ka";
		Document editorForm = get(logIn(StaffRole.EDITOR), path);
		assertThat(editorForm.select("button[name=then]").eachAttr("value")).containsExactly("submit");
		assertThat(editorForm.select("form[action$=/send-back]")).isEmpty();
		assertThat(editorForm.select("form[action$=/unpublish]")).isEmpty();
		assertThat(editorForm.select("a.view-on-site").attr("href")).isEqualTo("/ka/pages/" + this.slug);

		Document reviewerForm = get(logIn(StaffRole.REVIEWER), path);
		assertThat(reviewerForm.select("button[name=then]").eachAttr("value")).containsExactly("submit", "publish");
		assertThat(reviewerForm.select("form[action$=/unpublish]")).hasSize(1);

		Document translatorForm = get(this.accounts.createTranslator(CountryScope.GEORGIA, "hy"), path);
		assertThat(translatorForm.select("button[name=then], button[name=save]")).as("not a language they write in")
			.isEmpty();
		assertThat(translatorForm.select("form[action$=/trash]")).isEmpty();
	}

	@Test
	void whereFourEyesApplyAReviewerPublishesAnotherPersonsTextUnchangedFromTheForm() {
		this.jdbc.update("update country_setting set four_eyes = true where country_scope = 'GEORGIA'");
		edit(logIn(StaffRole.EDITOR), "ტექსტი ოთხი თვალისთვის.", "submit");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER);
		MvcTestResult published = edit(reviewer, "ტექსტი ოთხი თვალისთვის.", "publish");
		assertThat(published.getMvcResult().getFlashMap().get("flash"))
			.isEqualTo("editorial.flash.saved-and-published");
		assertThat(state()).isEqualTo("PUBLISHED");

		edit(reviewer, "მიმომხილველის საკუთარი ცვლილება.", "publish");
		assertThat(state()).as("their own edit waits for someone else").isEqualTo("DRAFT");
		assertThat(workingBody()).as("and is kept").isEqualTo("მიმომხილველის საკუთარი ცვლილება.");
	}

	@Test
	void everyKindListsItsRevisionsInTheOneSharedTableWithCompareAndRestore() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR);
		edit(editor, "პირველი ვერსია.", null);
		edit(editor, "მეორე ვერსია.", null);
		Document revisions = get(editor, "/admin/pages/" + this.pageId + "/ka/revisions");
		assertThat(revisions.select("table.revisions tbody tr")).hasSizeGreaterThanOrEqualTo(2);
		assertThat(revisions.select("table.revisions tbody tr").first().select("form")).as("the working copy")
			.isEmpty();
		String compare = revisions.select("table.revisions a[href*=/compare]").first().attr("href");
		assertThat(get(editor, compare).select(".diff ins").text()).contains("მეორე");
		assertThat(revisions.select("table.revisions form[action*=/restore]")).isNotEmpty();
	}

	@Test
	void switchingLanguageSavesWhatWasTypedOrShowsItAgainWithTheErrors() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR);
		MvcTestResult switched = switchTo(editor, this.slug, "ნაწერი ენის შეცვლამდე.", "en");
		assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages/" + this.pageId + "/en");
		assertThat(workingBody()).isEqualTo("ნაწერი ენის შეცვლამდე.");

		int revisions = revisions();
		switchTo(editor, this.slug, "ნაწერი ენის შეცვლამდე.", "hy");
		assertThat(revisions()).as("nothing changed, nothing saved").isEqualTo(revisions);

		MvcTestResult refused = switchTo(editor, "Not a slug!", "ტექსტი, რომელიც არ უნდა დაიკარგოს.", "en");
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		Document form = Jsoup.parse(refused.getResponse().getContentAsString());
		assertThat(form.select("#bodyMarkdown").text()).isEqualTo("ტექსტი, რომელიც არ უნდა დაიკარგოს.");
		assertThat(form.select("#slug").attr("aria-describedby")).contains("slug-error");
		assertThat(workingBody()).isEqualTo("ნაწერი ენის შეცვლამდე.");
	}

	private MvcTestResult switchTo(MockHttpSession session, String slug, String body, String language) {
		return this.mvc.post()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(session)
			.with(csrf())
			.param("title", TITLE)
			.param("slug", slug)
			.param("summary", "")
			.param("bodyMarkdown", body)
			.param("note", "")
			.param("version", Long.toString(version()))
			.param("switchTo", language)
			.exchange();
	}

	private int revisions() {
		return this.jdbc.queryForObject("select count(*) from translation_revision r join content_page_translation t "
				+ "on t.id = r.translation_id where r.subject_type = 'PAGE' and t.page_id = ? and t.locale = 'ka'",
				Integer.class, this.pageId);
	}

	private MvcTestResult edit(MockHttpSession session, String body, String then) {
		var request = this.mvc.post()
			.uri("/admin/pages/{id}/ka", this.pageId)
			.session(session)
			.with(csrf())
			.param("title", TITLE)
			.param("slug", this.slug)
			.param("summary", "")
			.param("bodyMarkdown", body)
			.param("note", "")
			.param("version", Long.toString(version()));
		return ((then != null) ? request.param("then", then) : request).exchange();
	}

	private MvcTestResult action(MockHttpSession session, String action, long version, String reason) {
		var request = this.mvc.post()
			.uri("/admin/pages/{id}/ka" + action, this.pageId)
			.session(session)
			.with(csrf())
			.param("version", Long.toString(version));
		if (reason != null) {
			request = request.param("reason", reason);
		}
		return request.exchange();
	}

	private MockHttpSession logIn(StaffRole role) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, CountryScope.GEORGIA, null),
				AccountFixtures.PASSWORD);
	}

	private Document get(String email, String path) throws Exception {
		return get(BackOffice.logIn(this.mvc, email, AccountFixtures.PASSWORD), path);
	}

	private Document get(MockHttpSession session, String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).session(session).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private long version() {
		return this.jdbc.queryForObject(
				"select version from content_page_translation where page_id = ? and locale = 'ka'", Long.class,
				this.pageId);
	}

	private String state() {
		return this.jdbc.queryForObject(
				"select state from content_page_translation where page_id = ? and locale = 'ka'", String.class,
				this.pageId);
	}

	private String workingBody() {
		return this.jdbc.queryForObject(
				"select body_markdown from content_page_translation where page_id = ? and locale = 'ka'", String.class,
				this.pageId);
	}

}
