package org.migrantportal.directory.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.directory.EditableListing;
import org.migrantportal.directory.ListingFixtures;
import org.migrantportal.directory.ListingReviewState;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The listing form's workflow buttons over HTTP: each saves the typed entry first, then
 * takes its step; a conflict or a broken rule shows the typed entry again; publishing
 * links to the public page.
 */
@PortalWebTest
class ServiceListingWorkflowControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ServiceListingEditingService editing;

	private AccountFixtures accounts;

	private ListingFixtures listings;

	private final List<Long> created = new ArrayList<>();

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.listings = new ListingFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.created.forEach(this.listings::remove);
	}

	@Test
	void submitFromTheFormWhenTextTypedThenTypedTextIsSavedAndInReview() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpServletResponse response = post(form(id, "en", "name", "Typed then submitted", "step", "SUBMIT"),
				editor);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(listing(id).name("en")).isEqualTo("Typed then submitted");
		assertThat(listing(id).reviewState()).isEqualTo(ListingReviewState.IN_REVIEW);
		assertThat(get(response.getRedirectedUrl(), editor).getContentAsString()).contains("Typed then submitted")
			.contains("გადაეცა განსახილველად.");
	}

	@Test
	void submitFromTheFormWhenNothingChangedThenNoNewRevision() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		assertThat(post(form(id, "en", "step", "SUBMIT"), editor).getStatus()).isEqualTo(302);
		assertThat(listing(id).reviewState()).isEqualTo(ListingReviewState.IN_REVIEW);
		assertThat(revisions(id)).isEqualTo(1);
	}

	@Test
	void publishFromTheFormWhenReviewerEditedThenTypedTextIsPublishedWithALinkToThePublicPage() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia");
		MockHttpServletResponse response = post(form(id, "en", "name", "Corrected by the reviewer", "step", "PUBLISH"),
				reviewer);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.listings.readPublished(id).texts().get("en").name()).isEqualTo("Corrected by the reviewer");
		String slug = listing(id).document().texts().get("en").slug();
		assertThat(get(response.getRedirectedUrl(), reviewer).getContentAsString())
			.contains("href=\"/en/services/" + slug + "\"")
			.contains("საჯარო საიტზე ნახვა");
	}

	@Test
	void publishFromTheFormWhenSomeoneSavedSinceLoadingThenConflictScreenWithTheTypedTextAndNothingPublished()
			throws Exception {
		Long id = draftOf("rights-georgia");
		long loaded = version(id);
		ServiceListingDocument document = listing(id).document();
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia");
		assertThat(post(form(id, "en", "name", "Saved first"), editor).getStatus()).isEqualTo(302);
		MockHttpServletResponse conflict = post(ListingFormRequests.form(this.mvc, "/admin/services/" + id + "?lang=en",
				document, loaded, "name", "Typed by the reviewer", "step", "PUBLISH"), reviewer);
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(conflict.getContentAsString()).contains("Saved first").contains("Typed by the reviewer");
		assertThat(listing(id).published()).isFalse();
		assertThat(listing(id).name("en")).isEqualTo("Saved first");
	}

	@Test
	void publishFromTheFormWhenTypedTextBreaksARuleThenFormWithTypedTextAndErrorsAndNothingChanged() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia");
		int revisions = revisions(id);
		MockHttpServletResponse response = post(
				form(id, "en", "name", "", "description", "Typed description kept", "step", "PUBLISH"), reviewer);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("Typed description kept").contains("id=\"name-error\"");
		assertThat(revisions(id)).isEqualTo(revisions);
		assertThat(listing(id).published()).isFalse();
	}

	@Test
	void formShowsWorkflowStepsAsButtonsOfTheListingForm() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia");
		String page = get("/admin/services/" + id + "?lang=en", reviewer).getContentAsString();
		assertThat(page).containsPattern("<button[^>]*form=\"listing-form\"[^>]*name=\"step\"[^>]*value=\"SUBMIT\"")
			.contains("value=\"PUBLISH\"")
			.doesNotContain("/admin/services/" + id + "/submit")
			.doesNotContain("/admin/services/" + id + "/publish")
			.contains("/admin/services/" + id + "/verify")
			.contains("/admin/services/" + id + "/trash");
	}

	private MockMvcRequestBuilder form(Long id, String locale, String... changes) {
		return ListingFormRequests.form(this.mvc, "/admin/services/" + id + "?lang=" + locale, listing(id).document(),
				version(id), changes);
	}

	private EditableListing listing(Long id) {
		return this.editing.getListing(ListingFixtures.SYSTEM, id);
	}

	private MockHttpServletResponse get(String uri, MockHttpSession session) {
		return this.mvc.get().uri(uri).session(session).exchange().getResponse();
	}

	private MockHttpServletResponse post(MockMvcRequestBuilder request, MockHttpSession session) {
		return request.with(csrf()).session(session).exchange().getResponse();
	}

	private MockHttpSession logIn(StaffRole role, CountryScope country, String organization) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, country, organization), AccountFixtures.PASSWORD);
	}

	private Long draftOf(String organizationKey) {
		Long id = this.editing.create(ListingFixtures.SYSTEM, this.listings.tbilisiLegalAid(
				this.listings.organizationId(organizationKey), UUID.randomUUID().toString().substring(0, 8)));
		this.created.add(id);
		return id;
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from service_listing where id = ?", Long.class, id);
	}

	private int revisions(Long id) {
		return this.jdbc.queryForObject("select count(*) from service_listing_revision where service_id = ?",
				Integer.class, id);
	}

}
