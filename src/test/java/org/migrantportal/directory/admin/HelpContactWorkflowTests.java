package org.migrantportal.directory.admin;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.directory.HelpContactFixtures;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

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
 * The editorial rules for help contacts over HTTP: country scope, who publishes, sending
 * back with a reason, the audit trail, and the answers to refused steps (403, 409, 400),
 * never a 500; and a publish shows on the public pages at once.
 */
@PortalWebTest
class HelpContactWorkflowTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private AccountFixtures accounts;

	private HelpContactFixtures contacts;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.contacts = new HelpContactFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.contacts.removeAll();
	}

	@Test
	void openAndSaveWhenArmenianEditorAndGeorgianContactThenForbidden() throws Exception {
		Long id = this.contacts.hotlineDraft(CountryScope.GEORGIA, "Georgian test line");
		MockHttpSession armenian = logIn(StaffRole.EDITOR, CountryScope.ARMENIA);
		assertThat(get("/admin/help-contacts/" + id, armenian).getStatus()).isEqualTo(403);
		assertThat(post(form(id, "texts[en].name", "Changed from Yerevan"), armenian).getStatus()).isEqualTo(403);
		assertThat(this.contacts.contact(id).name("en")).isEqualTo("Georgian test line");
		assertThat(get("/admin/help-contacts", armenian).getContentAsString()).doesNotContain("Georgian test line");
	}

	@Test
	void aCountrysEditorCannotMakeAContactRegionalAndSoHandItToTheOtherCountry() throws Exception {
		Long id = this.contacts.hotlineDraft(CountryScope.GEORGIA, "Georgian test line");
		MockHttpSession georgian = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(form(id, "country", "BOTH"), georgian).getStatus()).isEqualTo(403);
		assertThat(this.contacts.contact(id).document().country()).isEqualTo(CountryScope.GEORGIA);
		MockHttpSession regional = logIn(StaffRole.EDITOR, CountryScope.BOTH);
		assertThat(post(form(id, "country", "BOTH"), regional).getStatus()).isEqualTo(302);
		assertThat(get("/admin/help-contacts/" + id, logIn(StaffRole.EDITOR, CountryScope.ARMENIA)).getStatus())
			.as("a regional contact is not the Armenian editors' either")
			.isEqualTo(403);
		assertThat(get("/admin/help-contacts", georgian).getContentAsString())
			.as("nor listed to the country's editors, who could not open it")
			.doesNotContain("Georgian test line");
		MockHttpServletResponse dashboard = get("/admin", georgian);
		assertThat(dashboard.getStatus()).as("their queue leaves it out").isEqualTo(200);
		assertThat(dashboard.getContentAsString()).doesNotContain("Georgian test line");
	}

	@Test
	void createWhenArmenianEditorMakesAGeorgianContactThenForbidden() throws Exception {
		MockHttpSession armenian = logIn(StaffRole.EDITOR, CountryScope.ARMENIA);
		MockHttpServletResponse response = post(this.mvc.post()
			.uri("/admin/help-contacts")
			.param("kind", "HOTLINE")
			.param("country", "GEORGIA")
			.param("position", "5")
			.param("texts[en].name", "Not theirs")
			.param("phones[0].number", HelpContactFixtures.TEST_NUMBER), armenian);
		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void publishWhenEditorThenForbiddenAndNothingPublished() throws Exception {
		Long id = this.contacts.hotlineInReview(CountryScope.GEORGIA, "Line in review");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/publish")
			.param("version", String.valueOf(this.contacts.version(id))), editor).getStatus()).isEqualTo(403);
		assertThat(post(form(id, "step", "PUBLISH"), editor).getStatus()).isEqualTo(403);
		assertThat(this.contacts.contact(id).published()).isFalse();
	}

	@Test
	void sendBackWhenReviewerGivesAReasonThenEditorSeesItAndTheAuditRecordsIt() throws Exception {
		Long id = this.contacts.hotlineInReview(CountryScope.GEORGIA, "Line to correct");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		MockHttpServletResponse withoutReason = post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/send-back")
			.param("version", String.valueOf(this.contacts.version(id)))
			.param("reason", "  "), reviewer);
		assertThat(withoutReason.getStatus()).isEqualTo(400);
		assertThat(this.contacts.contact(id).state()).isEqualTo(WorkflowState.IN_REVIEW);
		MockHttpServletResponse sentBack = post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/send-back")
			.param("version", String.valueOf(this.contacts.version(id)))
			.param("reason", "Name the official source of the number"), reviewer);
		assertThat(sentBack.getStatus()).isEqualTo(302);
		assertThat(this.contacts.contact(id).state()).isEqualTo(WorkflowState.DRAFT);
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(get("/admin/help-contacts/" + id, editor).getContentAsString())
			.contains("Name the official source of the number");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from audit_entry where subject_type = 'HELP_CONTACT' and subject_id = ? "
						+ "and action = 'HELP_CONTACT_SENT_BACK'")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1));
	}

	@Test
	void sendBackWhenNotInReviewThenConflictWithTheReason() throws Exception {
		Long id = this.contacts.hotlineDraft(CountryScope.GEORGIA, "Draft line");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		MockHttpServletResponse response = post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/send-back")
			.param("version", String.valueOf(this.contacts.version(id)))
			.param("reason", "Why"), reviewer);
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(Jsoup.parse(response.getContentAsString()).select(".flash.error")).isNotEmpty();
	}

	@Test
	void publishWhenSomeoneSavedSinceLoadingThenConflictAndNothingPublished() throws Exception {
		Long id = this.contacts.hotlineInReview(CountryScope.GEORGIA, "Line");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		MockHttpServletResponse response = post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/publish")
			.param("version", String.valueOf(this.contacts.version(id) - 1)), reviewer);
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(this.contacts.contact(id).published()).isFalse();
	}

	@Test
	void saveWhenTheNumberDoesNotDialThenTheTypedFormComesBackWithItsError() throws Exception {
		Long id = this.contacts.hotlineDraft(CountryScope.GEORGIA, "Line");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		MockHttpServletResponse response = post(form(id, "texts[en].name", "Typed name", "phones[0].number", "call us"),
				editor);
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("input[name=texts[en].name]").attr("value")).isEqualTo("Typed name");
		assertThat(page.select(".field-error")).isNotEmpty();
		assertThat(this.contacts.contact(id).name("en")).isEqualTo("Line");
	}

	@Test
	void createWhenNothingTypedThenBadRequestNotAnError() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(this.mvc.post().uri("/admin/help-contacts").param("version", ""), editor).getStatus())
			.isEqualTo(400);
		assertThat(post(this.mvc.post().uri("/admin/help-contacts").param("kind", "TELEPORT"), editor).getStatus())
			.isEqualTo(400);
	}

	@Test
	void aContactThatPointsToAnOrganizationLinksToItsPageInsteadOfRepeatingIt() throws Exception {
		Long organizationId = this.accounts.organizationId("caritas-georgia");
		Long id = this.contacts.hotlineDraft(CountryScope.GEORGIA, "Caritas line");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThat(post(form(id, "organizationId", String.valueOf(organizationId)), reviewer).getStatus())
			.isEqualTo(302);
		assertThat(post(
				this.mvc.post()
					.uri("/admin/help-contacts/" + id + "/publish")
					.param("version", String.valueOf(this.contacts.version(id))),
				logIn(StaffRole.REVIEWER, CountryScope.GEORGIA))
			.getStatus()).isEqualTo(302);
		String slug = this.jdbc
			.sql("select slug from organization_translation where organization_id = ? and locale = 'ka'")
			.param(organizationId)
			.query(String.class)
			.single();
		Document help = Jsoup.parse(this.mvc.get().uri("/ka/help").exchange().getResponse().getContentAsString());
		assertThat(help.select("a.contact-organization").eachAttr("href")).contains("/ka/organizations/" + slug);
		assertThat(this.mvc.get().uri("/ka/organizations/" + slug).exchange().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void revisionsOfAContactAreComparedWordByWordLikeEveryKind() throws Exception {
		Long id = this.contacts.hotlineDraft(CountryScope.GEORGIA, "Line before");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(post(form(id, "texts[en].name", "Line after"), editor).getStatus()).isEqualTo(302);
		Document revisions = Jsoup.parse(get("/admin/help-contacts/" + id + "/revisions", editor).getContentAsString());
		String compare = revisions.select("table.revisions a[href*=/compare]").first().attr("href");
		Document differences = Jsoup.parse(get(compare, editor).getContentAsString());
		assertThat(differences.select(".diff ins").text()).contains("after");
		assertThat(differences.select(".diff del").text()).contains("before");
	}

	@Test
	void openWhenTheContactDoesNotExistThenNotFound() throws Exception {
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(get("/admin/help-contacts/999999999", editor).getStatus()).isEqualTo(404);
	}

	@Test
	void publishWhenReviewerThenEveryPublicPageShowsTheNumberAtOnce() throws Exception {
		Long id = this.contacts.hotlineInReview(CountryScope.GEORGIA, "Published test line");
		String before = this.mvc.get().uri("/ka/").exchange().getResponse().getContentAsString();
		assertThat(before).doesNotContain("tel:0000001");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA);
		assertThat(post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/publish")
			.param("version", String.valueOf(this.contacts.version(id))), reviewer).getStatus()).isEqualTo(302);
		Document home = Jsoup.parse(this.mvc.get().uri("/ka/").exchange().getResponse().getContentAsString());
		assertThat(home.select(".emergency-bar a[href=tel:0000001]")).hasSize(1);
		assertThat(post(this.mvc.post()
			.uri("/admin/help-contacts/" + id + "/publish")
			.param("version", String.valueOf(this.contacts.version(id))), reviewer).getStatus()).as("already published")
			.isEqualTo(409);
		assertThat(post(this.mvc.post().uri("/admin/help-contacts/" + id + "/trash"), reviewer).getStatus())
			.isEqualTo(302);
		assertThat(this.mvc.get().uri("/ka/").exchange().getResponse().getContentAsString())
			.doesNotContain("tel:0000001");
	}

	private MockMvcRequestBuilder form(Long id, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "HOTLINE");
		fields.put("country", "GEORGIA");
		fields.put("position", "50");
		fields.put("sample", "true");
		fields.put("texts[en].name", this.contacts.contact(id).name("en"));
		fields.put("phones[0].number", HelpContactFixtures.TEST_NUMBER);
		fields.put("phones[0].hotline", "true");
		fields.put("phones[0].aroundTheClock", "true");
		fields.put("phones[0].freeOfCharge", "true");
		fields.put("version", String.valueOf(this.contacts.version(id)));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockMvcRequestBuilder request = this.mvc.post().uri("/admin/help-contacts/" + id);
		for (Map.Entry<String, String> field : fields.entrySet()) {
			request = request.param(field.getKey(), field.getValue());
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
