package org.migrantportal.callback.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.migrantportal.callback.CallBackFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.SecretBox;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The back-office queue: staff of the chosen organization read and handle a request;
 * another organization's staff get 403 for its detail and its state change; admins of no
 * organization see counts, never content; handling is audited without the content.
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class CallBackAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private CallBackFixtures fixtures;

	private long request;

	@BeforeEach
	void fixtures() {
		this.fixtures = new CallBackFixtures(this.context);
		this.fixtures.clear();
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 30);
		this.request = this.fixtures.send(CallBackFixtures.GEORGIAN_NGO);
	}

	@AfterEach
	void clear() {
		this.fixtures.clear();
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA,
			organization = CallBackFixtures.GEORGIAN_NGO)
	void listAndShowWhenStaffOfTheChosenOrganizationThenTheyReadTheRequest() throws Exception {
		Document list = page("/admin/call-backs", 200);
		assertThat(list.select("a[href=/admin/call-backs/" + this.request + "]")).hasSize(1);
		assertThat(list.text()).as("the list shows no content").doesNotContain(CallBackFixtures.NAME);

		Document detail = page("/admin/call-backs/" + this.request, 200);
		assertThat(detail.select("dd.name").text()).isEqualTo(CallBackFixtures.NAME);
		assertThat(detail.select("dd.contact").text()).isEqualTo(CallBackFixtures.PHONE);
		assertThat(detail.select("dd.topic").text()).isEqualTo(CallBackFixtures.TOPIC);
		assertThat(detail.select("input[name=state]").eachAttr("value")).containsExactly("CALLED", "CLOSED");
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA,
			organization = CallBackFixtures.GEORGIAN_NGO)
	void showWhenTheKeyWasChangedSinceThenAFriendlyNoticeNotA500() throws Exception {
		this.jdbc.update("update callback_request set contact_cipher = ? where id = ?",
				new SecretBox("the key of another day").seal("+995 555 99 99 99".getBytes(StandardCharsets.UTF_8)),
				this.request);
		Document detail = page("/admin/call-backs/" + this.request, 200);
		assertThat(detail.select("p.flash.error").text()).contains("გაშიფვრა შეუძლებელია");
		assertThat(detail.select("dd.contact").text()).isEmpty();
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA, organization = "rights-georgia")
	void showAndStateChangeWhenStaffOfAnotherOrganizationThen403AndNothingChanges() throws Exception {
		assertThat(this.mvc.get().uri("/admin/call-backs/" + this.request).exchange().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(moveTo("CALLED").getStatus()).isEqualTo(403);
		assertThat(this.fixtures.state(this.request)).isEqualTo("NEW");
		assertThat(page("/admin/call-backs", 200).select("a[href=/admin/call-backs/" + this.request + "]")).isEmpty();
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void listWhenAdminOfNoOrganizationThenCountsOnlyAndTheDetailIs403() throws Exception {
		Document list = page("/admin/call-backs", 200);
		assertThat(list.select("table.call-back-counts td").eachText()).contains("1");
		assertThat(list.text()).doesNotContain(CallBackFixtures.NAME).doesNotContain(CallBackFixtures.PHONE);
		assertThat(this.mvc.get().uri("/admin/call-backs/" + this.request).exchange().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void settingsWhenEditorThen403() throws Exception {
		assertThat(this.mvc.get().uri("/admin/call-backs/settings").exchange().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
	void settingsWhenAdminThenAnOrganizationStartsTakingRequestsAndAWrongPeriodIs400() throws Exception {
		Long tanadgoma = this.fixtures.organizationId(CallBackFixtures.NOT_TAKING);
		MockHttpServletResponse wrong = this.mvc.post()
			.uri("/admin/call-backs/settings/" + tanadgoma)
			.with(csrf())
			.param("acceptsRequests", "true")
			.param("retentionDays", "400")
			.exchange()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(wrong.getContentAsString()).select("#setting-" + tanadgoma + "-days").attr("value"))
			.isEqualTo("400");
		MockHttpServletResponse saved = this.mvc.post()
			.uri("/admin/call-backs/settings/" + tanadgoma)
			.with(csrf())
			.param("acceptsRequests", "true")
			.param("retentionDays", "14")
			.exchange()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select retention_days from callback_setting where organization_id = ? and accepts_requests",
				Integer.class, tanadgoma))
			.isEqualTo(14);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA,
			organization = CallBackFixtures.GEORGIAN_NGO)
	void movingARequestOnIsAuditedWithWhoAndWhichButNeverItsContent(CapturedOutput output) throws Exception {
		assertThat(moveTo("CALLED").getStatus()).isEqualTo(302);
		assertThat(this.fixtures.state(this.request)).isEqualTo("CALLED");
		assertThat(moveTo("NEW").getStatus()).as("never back").isEqualTo(302);
		assertThat(this.fixtures.state(this.request)).isEqualTo("CALLED");
		assertThat(moveTo("SOMETHING").getStatus()).isEqualTo(400);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"select count(*) from audit_entry where action = 'CALL_BACK_CALLED' and subject_id = ?", Long.class,
					this.request))
				.isEqualTo(1));
		String audit = this.jdbc
			.queryForObject("select actor_email || ' ' || subject_type || ' ' || summary from audit_entry "
					+ "where action = 'CALL_BACK_CALLED' and subject_id = ?", String.class, this.request);
		assertThat(audit).contains("@test.example").contains("CALL_BACK").contains("NEW -> CALLED");
		assertThat(audit).doesNotContain(CallBackFixtures.NAME)
			.doesNotContain(CallBackFixtures.PHONE)
			.doesNotContain(CallBackFixtures.TOPIC);
		assertThat(output.getAll()).contains("Call-back request " + this.request)
			.doesNotContain(CallBackFixtures.NAME)
			.doesNotContain(CallBackFixtures.PHONE)
			.doesNotContain(CallBackFixtures.TOPIC);
	}

	private MockHttpServletResponse moveTo(String state) {
		return this.mvc.post()
			.uri("/admin/call-backs/" + this.request + "/state")
			.with(csrf())
			.param("state", state)
			.exchange()
			.getResponse();
	}

	private Document page(String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
