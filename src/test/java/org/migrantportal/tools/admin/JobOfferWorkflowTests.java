package org.migrantportal.tools.admin;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.tools.joboffer.JobOfferFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The job-offer check's questions follow the editorial workflow over HTTP: an editor's
 * change waits for review while the public check keeps the published words, a reviewer
 * publishes it, and every step the role or the state does not allow is refused (403, 409,
 * 400), never a 500.
 */
@PortalWebTest
class JobOfferWorkflowTests {

	private static final String BASE = "/admin/tools/job-offer-check/";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private AccountFixtures accounts;

	private JobOfferFixtures questions;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.questions = new JobOfferFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.questions.removeAll();
	}

	@Test
	void anEditorsChangeGoesToReviewAndShowsPubliclyOnlyOnceAReviewerPublishesIt() throws Exception {
		Long id = this.questions.publishedQuestion("Did a stranger offer you a job online?", "A stranger",
				"Check them.");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.ARMENIA);
		MockHttpServletResponse submitted = post(
				form(id, "Did someone you never met offer you a job online?", "step", "SUBMIT"), editor);
		assertThat(submitted.getStatus()).isEqualTo(302);
		assertThat(this.questions.translation(id, "en").state()).isEqualTo(WorkflowState.IN_REVIEW);
		assertThat(publicCheck()).contains("Did a stranger offer you a job online?")
			.doesNotContain("someone you never met");

		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThat(get("/admin", reviewer).getContentAsString()).as("the reviewer's queue lists it")
			.contains("Did someone you never met offer you a job online?");
		assertThat(post(form(id, "Did someone you never met offer you a job online?", "step", "PUBLISH"), reviewer)
			.getStatus()).isEqualTo(302);
		assertThat(this.questions.translation(id, "en").state()).isEqualTo(WorkflowState.PUBLISHED);
		assertThat(publicCheck()).contains("Did someone you never met offer you a job online?")
			.doesNotContain("Did a stranger offer you a job online?");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from audit_entry where subject_type = 'JOB_OFFER_QUESTION' and subject_id = ? "
						+ "and action = 'JOB_OFFER_QUESTION_PUBLISHED'")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(2));
	}

	@Test
	void publishWhenEditorThenForbiddenAndThePublicWordsStay() throws Exception {
		Long id = this.questions.publishedQuestion("Were you promised a visa by a friend of a friend?", "Promise",
				"Check it.");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(form(id, "Changed by an editor alone?", "step", "PUBLISH"), editor).getStatus()).isEqualTo(403);
		assertThat(publicCheck()).contains("Were you promised a visa by a friend of a friend?")
			.doesNotContain("Changed by an editor alone?");
		assertThat(this.questions.translation(id, "en").text().question()).as("a refused request changes nothing")
			.isEqualTo("Were you promised a visa by a friend of a friend?");
	}

	@Test
	void sendBackWhenNotInReviewThenRefusedWithTheReasonAndWithoutAReasonThen400() throws Exception {
		Long id = this.questions.publishedQuestion("Question published already?", "Sign", "Advice");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		MockHttpServletResponse refused = post(this.mvc.post()
			.uri(BASE + id + "/en/send-back")
			.param("version", String.valueOf(this.questions.version(id, "en")))
			.param("reason", "Please cite a source"), reviewer);
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".flash.error").text()).isNotBlank();

		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		post(form(id, "Question in review now?", "step", "SUBMIT"), editor);
		MockHttpServletResponse withoutReason = post(this.mvc.post()
			.uri(BASE + id + "/en/send-back")
			.param("version", String.valueOf(this.questions.version(id, "en")))
			.param("reason", "  "), reviewer);
		assertThat(withoutReason.getStatus()).isEqualTo(400);
		assertThat(this.questions.translation(id, "en").state()).isEqualTo(WorkflowState.IN_REVIEW);
		assertThat(post(this.mvc.post()
			.uri(BASE + id + "/en/send-back")
			.param("version", String.valueOf(this.questions.version(id, "en")))
			.param("reason", "Say which source this comes from"), reviewer).getStatus()).isEqualTo(302);
		assertThat(get(BASE + id + "/en", editor).getContentAsString()).contains("Say which source this comes from");
	}

	@Test
	void anEmptyFieldAnswers400WithEveryTypedWordKept() throws Exception {
		Long id = this.questions.publishedQuestion("Question to empty?", "Sign", "Advice");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		MockHttpServletResponse response = post(this.mvc.post()
			.uri(BASE + id + "/en")
			.param("version", String.valueOf(this.questions.version(id, "en")))
			.param("question", "Typed words that stay")
			.param("warning", " ")
			.param("advice", "Typed advice"), editor);
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#question").text()).isEqualTo("Typed words that stay");
		assertThat(page.select("#advice").text()).isEqualTo("Typed advice");
		assertThat(page.select("#warning-error")).hasSize(1);
		assertThat(this.questions.translation(id, "en").text().question()).isEqualTo("Question to empty?");
	}

	@Test
	void aStaleVersionAnswers409WithBothTexts() throws Exception {
		Long id = this.questions.publishedQuestion("Question edited twice?", "Sign", "Advice");
		long loaded = this.questions.version(id, "en");
		MockHttpSession first = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(form(id, "Words of the first editor?"), first).getStatus()).isEqualTo(302);
		MockHttpServletResponse second = post(this.mvc.post()
			.uri(BASE + id + "/en")
			.param("version", String.valueOf(loaded))
			.param("question", "Words of the second editor?")
			.param("warning", "Sign")
			.param("advice", "Advice"), logIn(StaffRole.EDITOR, CountryScope.GEORGIA));
		assertThat(second.getStatus()).isEqualTo(409);
		assertThat(second.getContentAsString()).contains("Words of the first editor?")
			.contains("Words of the second editor?");
		assertThat(this.questions.translation(id, "en").text().question()).isEqualTo("Words of the first editor?");
	}

	@Test
	void aReviewerSwitchesAQuestionOffAndAnEditorMayNot() throws Exception {
		Long id = this.questions.publishedQuestion("Question to switch off?", "Sign", "Advice");
		long version = this.jdbc.sql("select version from job_offer_question where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		MockHttpServletResponse editor = post(this.mvc.post()
			.uri(BASE + id + "/arrange")
			.param("version", String.valueOf(version))
			.param("position", "9000"), logIn(StaffRole.EDITOR, CountryScope.GEORGIA));
		assertThat(editor.getStatus()).isEqualTo(403);
		assertThat(publicCheck()).contains("Question to switch off?");
		MockHttpServletResponse reviewer = post(this.mvc.post()
			.uri(BASE + id + "/arrange")
			.param("version", String.valueOf(version))
			.param("position", "9000"), logIn(StaffRole.REVIEWER, CountryScope.GEORGIA));
		assertThat(reviewer.getStatus()).isEqualTo(302);
		assertThat(publicCheck()).doesNotContain("Question to switch off?");
	}

	@Test
	void theHistoryKeepsEveryRevisionAndRestoresOneAsADraft() throws Exception {
		Long id = this.questions.publishedQuestion("First wording?", "Sign", "Advice");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		post(form(id, "Second wording?"), editor);
		Document history = Jsoup.parse(get(BASE + id + "/en/revisions", editor).getContentAsString());
		assertThat(history.select("table.revisions tbody tr")).hasSize(2);
		Long first = this.jdbc
			.sql("select min(r.id) from job_offer_question_revision r join job_offer_question_translation t "
					+ "on t.id = r.translation_id where t.question_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		assertThat(get(BASE + id + "/en/revisions/" + first, editor).getContentAsString()).contains("First wording?");
		assertThat(post(this.mvc.post()
			.uri(BASE + id + "/en/revisions/" + first + "/restore")
			.param("version", String.valueOf(this.questions.version(id, "en"))), editor).getStatus()).isEqualTo(302);
		assertThat(this.questions.translation(id, "en").text().question()).isEqualTo("First wording?");
		assertThat(this.questions.translation(id, "en").state()).isEqualTo(WorkflowState.DRAFT);
	}

	@Test
	void aMissingLanguageIsWrittenAsANewDraftAndAnUnknownOneIs404() throws Exception {
		Long id = this.questions.publishedQuestion("Question without Georgian?", "Sign", "Advice");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(get(BASE + id + "/ka", editor).getStatus()).isEqualTo(200);
		assertThat(post(this.mvc.post()
			.uri(BASE + id + "/ka")
			.param("version", "-1")
			.param("question", "ქართული კითხვა?")
			.param("warning", "ნიშანი")
			.param("advice", "რჩევა")
			.param("awaitingNativeReview", "true"), editor).getStatus()).isEqualTo(302);
		assertThat(this.questions.translation(id, "ka").state()).isEqualTo(WorkflowState.DRAFT);
		assertThat(this.questions.translation(id, "ka").awaitingNativeReview()).isTrue();
		assertThat(get(BASE + id + "/xx", editor).getStatus()).isEqualTo(404);
		assertThat(get(BASE + "999999999/en", editor).getStatus()).isEqualTo(404);
	}

	@Test
	void theListShowsEveryLanguagesStateToEditors() throws Exception {
		this.questions.publishedQuestion("Listed question?", "Sign", "Advice");
		Document list = Jsoup.parse(get("/admin/tools/job-offer-check", logIn(StaffRole.EDITOR, CountryScope.GEORGIA))
			.getContentAsString());
		assertThat(list.select("tr.joboffer-row")).hasSizeGreaterThanOrEqualTo(10);
		assertThat(list.text()).contains("Listed question?");
		assertThat(list.select("form.joboffer-arrange")).as("editors do not arrange").isEmpty();
	}

	private String publicCheck() throws Exception {
		return this.mvc.get().uri("/en/tools/job-offer-check").exchange().getResponse().getContentAsString();
	}

	private MockMvcRequestBuilder form(Long id, String question, String... more) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(BASE + id + "/en")
			.param("version", String.valueOf(this.questions.version(id, "en")))
			.param("question", question)
			.param("warning", "Sign")
			.param("advice", "Advice");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return request;
	}

	private MockHttpServletResponse get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse();
	}

	private MockHttpServletResponse post(MockMvcRequestBuilder request, MockHttpSession session) {
		return request.with(csrf()).session(session).exchange().getResponse();
	}

	private MockHttpSession logIn(StaffRole role, CountryScope country) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, country, null), AccountFixtures.PASSWORD);
	}

}
