package org.migrantportal.directory.admin;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.directory.ListingFixtures;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
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
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The listing back-office over HTTP: who may open, save, submit and publish which
 * listing, drafts that wait for review, the conflict screen, the re-verification view,
 * the trash and form errors.
 */
@PortalWebTest
class ServiceListingAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MutableClock clock;

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
	void openSaveAndSubmitWhenNgoEditorOfAnotherOrganizationThenForbiddenAndNothingChanged() throws Exception {
		Long other = draftOf("tanadgoma");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String before = snapshot(other);
		assertThat(get("/admin/services/" + other, session).getStatus()).isEqualTo(403);
		assertThat(post(form("/admin/services/" + other + "?lang=en", document(other), version(other)), session)
			.getStatus()).isEqualTo(403);
		assertThat(post(this.mvc.post()
			.uri("/admin/services/{id}/submit", other)
			.param("version", Long.toString(version(other))), session).getStatus()).isEqualTo(403);
		assertThat(post(this.mvc.post().uri("/admin/services/{id}/trash", other), session).getStatus()).isEqualTo(403);
		assertThat(snapshot(other)).isEqualTo(before);
	}

	@Test
	void listWhenNgoEditorThenShowsOnlyTheirOrganizationsListings() throws Exception {
		Long own = draftOf("rights-georgia");
		Long other = draftOf("tanadgoma");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String page = get("/admin/services", session).getContentAsString();
		assertThat(page).contains("/admin/services/" + own + "\"").doesNotContain("/admin/services/" + other + "\"");
	}

	@Test
	void publishWhenNgoEditorThenForbiddenAndNotPublished() throws Exception {
		Long own = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String before = snapshot(own);
		assertThat(publish(own, session).getStatus()).isEqualTo(403);
		assertThat(snapshot(own)).isEqualTo(before);
	}

	@Test
	void publishWhenArmenianReviewerOnGeorgianListingThenForbiddenAndNotPublished() throws Exception {
		Long georgian = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.REVIEWER, CountryScope.ARMENIA, "iom-armenia");
		String before = snapshot(georgian);
		assertThat(publish(georgian, session).getStatus()).isEqualTo(403);
		assertThat(snapshot(georgian)).isEqualTo(before);
	}

	@Test
	void publishWhenAdminThenListingIsOnThePublicTables() throws Exception {
		Long georgian = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		assertThat(publish(georgian, session).getStatus()).isEqualTo(302);
		assertThat(this.listings.readPublished(georgian).texts().get("en").name()).isEqualTo("Legal aid for migrants");
	}

	@Test
	void saveWhenNgoEditorChangesPublishedListingThenPublicTablesUnchangedUntilReviewerPublishes() throws Exception {
		Long id = publishedOf("rights-georgia");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpServletResponse saved = post(
				form("/admin/services/" + id + "?lang=en", document(id), version(id), "name", "Renamed help"), editor);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(post(
				this.mvc.post().uri("/admin/services/{id}/submit", id).param("version", Long.toString(version(id))),
				editor)
			.getStatus()).isEqualTo(302);
		assertThat(this.listings.readPublished(id).texts().get("en").name()).isEqualTo("Legal aid for migrants");
		assertThat(get("/admin/services/" + id + "?lang=en", editor).getContentAsString()).contains("Renamed help");

		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia");
		assertThat(publish(id, reviewer).getStatus()).isEqualTo(302);
		assertThat(this.listings.readPublished(id).texts().get("en").name()).isEqualTo("Renamed help");
	}

	@Test
	void saveWhenSomeoneSavedSinceLoadingThenConflictScreenShowsBothAndFirstSaveKept() throws Exception {
		Long id = draftOf("rights-georgia");
		long loaded = version(id);
		MockHttpSession first = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpSession second = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		assertThat(post(form("/admin/services/" + id + "?lang=en", document(id), loaded, "name", "First name"), first)
			.getStatus()).isEqualTo(302);
		MockHttpServletResponse conflict = post(
				form("/admin/services/" + id + "?lang=en", document(id), loaded, "name", "Second name"), second);
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(conflict.getContentAsString()).contains("First name").contains("Second name");
		assertThat(this.editing.getListing(ListingFixtures.SYSTEM, id).name("en")).isEqualTo("First name");
	}

	@Test
	void saveWhenFieldsAreWrongThenFormErrorsInTheAdminsGeorgianAndNothingSaved() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		int revisions = revisions(id);
		String before = snapshot(id);
		MockHttpServletResponse response = post(form("/admin/services/" + id + "?lang=en", document(id), version(id),
				"email", "not an e-mail", "name", "", "hours[0].opensAt", "ten", "hours[0].closed", "false"), session);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("id=\"email-error\"")
			.contains("id=\"name-error\"")
			.contains("სერვისი არ შეინახა");
		org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(form.select("#email").attr("aria-describedby")).as("the error is tied to its field")
			.isEqualTo("email-error");
		assertThat(form.select("#email").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("#url").hasAttr("aria-invalid")).as("a field without an error").isFalse();
		assertThat(form.select("#email").attr("maxlength")).as("the limit the rules check")
			.isEqualTo(String.valueOf(org.migrantportal.directory.FormLimits.LISTING.email()));
		assertThat(revisions(id)).isEqualTo(revisions);
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void createWhenNoPlaceThenFormErrorAndNothingSaved() throws Exception {
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		ServiceListingDocument document = this.listings.tbilisiLegalAid(this.listings.organizationId("rights-georgia"),
				unique());
		int before = count();
		MockHttpServletResponse response = post(form("/admin/services?lang=ka", document, 0, "places[0].countryCode",
				"", "places[0].placeKey", "", "places[0].regionKey", "", "places[0].address", ""), session);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("დაამატეთ მინიმუმ ერთი ადგილი");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void createWhenNgoEditorNamesAnotherOrganizationThenForbiddenAndNothingCreated() throws Exception {
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		ServiceListingDocument document = this.listings.tbilisiLegalAid(this.listings.organizationId("tanadgoma"),
				unique());
		int before = count();
		assertThat(post(form("/admin/services?lang=ka", document, 0), session).getStatus()).isEqualTo(403);
		assertThat(post(form("/admin/services?lang=ka", document, 0, "organizationId", "99999999999999999999"), session)
			.getStatus()).as("an id no organization has").isLessThan(500);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void createWhenNgoEditorFillsTheFormThenDraftOfTheirOrganizationIsSaved() throws Exception {
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		ServiceListingDocument document = this.listings.tbilisiLegalAid(this.listings.organizationId("rights-georgia"),
				unique());
		assertThat(get("/admin/services/new", session).getStatus()).isEqualTo(200);
		MockHttpServletResponse response = post(form("/admin/services?lang=ka", document, 0), session);
		assertThat(response.getStatus()).isEqualTo(302);
		Long id = Long.valueOf(response.getRedirectedUrl().replaceAll("^/admin/services/(\\d+).*$", "$1"));
		this.created.add(id);
		ServiceListingDocument saved = this.editing.getListing(ListingFixtures.SYSTEM, id).document();
		assertThat(saved.texts().get("ka").name()).isEqualTo(document.texts().get("ka").name());
		assertThat(saved.organizationId()).isEqualTo(document.organizationId());
		assertThat(saved.phones()).extracting(ServiceListingDocument.Phone::number)
			.containsExactly("+995 32 000 00 00");
		assertThat(saved.openingHours()).hasSize(5);
		assertThat(saved.categories()).containsExactlyInAnyOrder("legal-aid", "documents");
	}

	@Test
	void listUnverifiedWhenNotVerifiedFor180DaysThenShownUntilMarkedVerifiedToday() throws Exception {
		// late evening in UTC, when it is already tomorrow in Tbilisi, where checks are
		// dated
		Instant now = this.clock.instant();
		Instant evening = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(21));
		this.clock.advance(Duration.between(now, evening.isAfter(now) ? evening : evening.plus(Duration.ofDays(1))));
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String link = "/admin/services/" + id + "\"";
		assertThat(get("/admin/services?unverified=true", session).getContentAsString()).contains(link);
		assertThat(post(this.mvc.post().uri("/admin/services/{id}/verify", id), session).getStatus()).isEqualTo(302);
		assertThat(get("/admin/services?unverified=true", session).getContentAsString()).doesNotContain(link);
		assertThat(
				this.jdbc.queryForObject("select last_verified_by from service_listing where id = ?", String.class, id))
			.startsWith("editor-");
		// half a year later: the check is 181 days old
		this.jdbc.update("update service_listing set last_verified_on = last_verified_on - 181 where id = ?", id);
		assertThat(get("/admin/services?unverified=true", session).getContentAsString()).contains(link);
	}

	@Test
	void markVerifiedFromAFilteredPageOfTheListReturnsToThatPageAndNeverElsewhere() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String list = get("/admin/services?country=GEORGIA&unverified=true", session).getContentAsString();
		assertThat(list).as("the row's button carries the page it is on")
			.contains("name=\"back\" value=\"/admin/services?country=GEORGIA&amp;unverified=true&amp;page=0\"");

		String third = "/admin/services?country=GEORGIA&text=%E1%83%95%E1%83%98%E1%83%96%E1%83%90&page=2";
		assertThat(post(this.mvc.post().uri("/admin/services/{id}/verify", id).param("back", third), session)
			.getRedirectedUrl()).isEqualTo(third);
		for (String elsewhere : List.of("//evil.example/admin/services", "https://evil.example/",
				"/admin/services/" + id + "/trash", "/admin/services?x=1\r\nSet-Cookie:%20a=b", "/login")) {
			assertThat(post(this.mvc.post().uri("/admin/services/{id}/verify", id).param("back", elsewhere), session)
				.getRedirectedUrl()).as(elsewhere).isEqualTo("/admin/services");
		}
	}

	@Test
	void moveToTrashWhenEditorThenInTrashAndRestoreBringsItBack() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		assertThat(post(this.mvc.post().uri("/admin/services/{id}/trash", id), session).getStatus()).isEqualTo(302);
		assertThat(get("/admin/services/" + id, session).getStatus()).isEqualTo(404);
		assertThat(get("/admin/services/trash", session).getRedirectedUrl()).as("one trash for every kind")
			.isEqualTo("/admin/trash");
		assertThat(get("/admin/trash", session).getContentAsString()).contains("/admin/services/" + id + "/restore");
		assertThat(post(this.mvc.post().uri("/admin/services/{id}/purge", id), session).getStatus()).isEqualTo(403);
		assertThat(post(this.mvc.post().uri("/admin/services/{id}/restore", id), session).getStatus()).isEqualTo(302);
		assertThat(get("/admin/services/" + id, session).getStatus()).isEqualTo(200);
	}

	@Test
	void everyWorkflowStepWhenEditorAndReviewerThenAuditedWithWhoDidIt() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpSession reviewer = logIn(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia");
		post(form("/admin/services/" + id + "?lang=en", document(id), version(id), "name", "Audited"), editor);
		post(this.mvc.post().uri("/admin/services/{id}/submit", id).param("version", Long.toString(version(id))),
				editor);
		post(this.mvc.post()
			.uri("/admin/services/{id}/send-back", id)
			.param("version", Long.toString(version(id)))
			.param("reason", "Please check the phone number."), reviewer);
		publish(id, reviewer);
		post(this.mvc.post().uri("/admin/services/{id}/verify", id), editor);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.queryForList(
					"select action from audit_entry where subject_type = 'SERVICE' and subject_id = ? "
							+ "and actor_email is not null and actor_email <> ?",
					String.class, id, ListingFixtures.SYSTEM.email()))
				.contains("SERVICE_SAVED", "SERVICE_SUBMITTED", "SERVICE_SENT_BACK", "SERVICE_PUBLISHED",
						"SERVICE_VERIFIED"));
	}

	@Test
	void openWhenAdminThenEveryListingOfTheInitialDataShowsItsFormInEveryLanguage() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		List<Long> initial = this.jdbc.queryForList(
				"select id from service_listing where content_key is not null and deleted_at is null", Long.class);
		assertThat(initial).isNotEmpty();
		assertThat(get("/admin/services", admin).getStatus()).isEqualTo(200);
		for (Long id : initial) {
			for (String locale : List.of("ka", "en", "hy")) {
				assertThat(get("/admin/services/" + id + "?lang=" + locale, admin).getStatus())
					.as("listing %s in %s", id, locale)
					.isEqualTo(200);
			}
			assertThat(get("/admin/services/" + id + "/revisions", admin).getStatus()).isEqualTo(200);
		}
	}

	@Test
	void saveWhenNothingChangedThenEveryLanguageAndFactIsKept() throws Exception {
		Long id = draftOf("rights-georgia");
		ServiceListingDocument before = document(id);
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		assertThat(post(form("/admin/services/" + id + "?lang=hy", before, version(id)), session).getStatus())
			.isEqualTo(302);
		assertThat(revisions(id)).isEqualTo(2);
		assertThat(document(id)).isEqualTo(before);
	}

	@Test
	void restoreRevisionWhenEditorThenOldTextIsTheNewestDraft() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		post(form("/admin/services/" + id + "?lang=en", document(id), version(id), "name", "Changed"), session);
		Long first = this.jdbc.queryForObject(
				"select id from service_listing_revision where service_id = ? and revision_number = 1", Long.class, id);
		assertThat(get("/admin/services/" + id + "/revisions", session).getContentAsString())
			.contains("/admin/services/" + id + "/revisions/" + first + "/restore");
		assertThat(post(this.mvc.post()
			.uri("/admin/services/{id}/revisions/{revision}/restore", id, first)
			.param("version", Long.toString(version(id))), session).getStatus()).isEqualTo(302);
		assertThat(revisions(id)).isEqualTo(3);
		assertThat(this.editing.getListing(ListingFixtures.SYSTEM, id).name("en")).isEqualTo("Legal aid for migrants");
		Long second = this.jdbc.queryForObject(
				"select id from service_listing_revision where service_id = ? and revision_number = 2", Long.class, id);
		assertThat(get("/admin/services/" + id + "/compare?from=" + first + "&to=" + second + "&lang=en", session)
			.getContentAsString()).contains("<ins>Changed</ins>");
		String georgian = get("/admin/services/" + id + "/compare?from=" + first + "&to=" + second + "&lang=ka",
				session)
			.getContentAsString();
		assertThat(georgian).contains("საქართველო").doesNotContain("GEORGIA").doesNotContain("ACTIVE");
	}

	@Test
	void switchLanguageWhenTextTypedThenDraftSavedAndFormShownInTheChosenLanguage() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpServletResponse response = post(form("/admin/services/" + id + "?lang=en", document(id), version(id),
				"name", "Typed before switching", "switchTo", "hy"), session);
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/services/" + id + "?lang=hy");
		assertThat(this.editing.getListing(ListingFixtures.SYSTEM, id).name("en")).isEqualTo("Typed before switching");
		assertThat(get("/admin/services/" + id + "?lang=hy", session).getContentAsString())
			.contains("Իրավաբանական օգնություն միգրանտներին");
	}

	@Test
	void switchLanguageWhenNothingChangedThenNoNewRevision() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		assertThat(
				post(form("/admin/services/" + id + "?lang=en", document(id), version(id), "switchTo", "ka"), session)
					.getRedirectedUrl())
			.isEqualTo("/admin/services/" + id + "?lang=ka");
		assertThat(revisions(id)).isEqualTo(1);
	}

	@Test
	void switchLanguageWhenFormHasErrorsThenStaysInItsLanguageWithTypedTextAndNothingSaved() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String before = snapshot(id);
		MockHttpServletResponse response = post(form("/admin/services/" + id + "?lang=en", document(id), version(id),
				"name", "Typed with a mistake", "email", "not an e-mail", "switchTo", "hy"), session);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("value=\"Typed with a mistake\"")
			.contains("id=\"email-error\"")
			.contains("<fieldset lang=\"en\"");
		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void createWhenLanguageSwitchedThenCreatedAndShownInTheChosenLanguage() throws Exception {
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		ServiceListingDocument document = this.listings.tbilisiLegalAid(this.listings.organizationId("rights-georgia"),
				unique());
		MockHttpServletResponse response = post(form("/admin/services?lang=ka", document, 0, "switchTo", "en"),
				session);
		assertThat(response.getStatus()).isEqualTo(302);
		Long id = Long.valueOf(response.getRedirectedUrl().replaceAll("^/admin/services/(\\d+).*$", "$1"));
		this.created.add(id);
		assertThat(response.getRedirectedUrl()).endsWith("?lang=en");
		assertThat(this.editing.getListing(ListingFixtures.SYSTEM, id).name("ka"))
			.isEqualTo(document.texts().get("ka").name());
	}

	@Test
	void saveWhenHoursTypedOnADayShownClosedThenTheDayIsOpenWithThem() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String page = get("/admin/services/" + id + "?lang=en", session).getContentAsString();
		assertThat(page).containsPattern("id=\"hours5.closed1\"[^>]*checked");
		assertThat(post(form("/admin/services/" + id + "?lang=en", document(id), version(id), "hours[5].day",
				"SATURDAY", "hours[5].opensAt", "10:00", "hours[5].closesAt", "14:00", "hours[5].closed", "true",
				"hours[5].closedByDefault", "true"), session)
			.getStatus()).isEqualTo(302);
		assertThat(document(id).openingHours()).anySatisfy((hours) -> {
			assertThat(hours.day()).isEqualTo(DayOfWeek.SATURDAY);
			assertThat(hours.opensAt()).isEqualTo(LocalTime.of(10, 0));
			assertThat(hours.closesAt()).isEqualTo(LocalTime.of(14, 0));
		});
		assertThat(get("/admin/services/" + id + "?lang=en", session).getContentAsString())
			.containsPattern("id=\"hours5.opensAt\"[^>]*value=\"10:00\"")
			.doesNotContainPattern("id=\"hours5.closed1\"[^>]*checked");
	}

	@Test
	void saveWhenClosedTickedOnADayWithHoursThenTheDayIsClosed() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		assertThat(post(form("/admin/services/" + id + "?lang=en", document(id), version(id), "hours[0].closed", "true",
				"hours[0].closedByDefault", "false"), session)
			.getStatus()).isEqualTo(302);
		assertThat(document(id).openingHours()).hasSize(4).noneMatch((hours) -> hours.day() == DayOfWeek.MONDAY);
	}

	@Test
	void saveWhenAnotherFieldIsWrongThenTypedHoursAreShownAgainAsOpen() throws Exception {
		Long id = draftOf("rights-georgia");
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		MockHttpServletResponse response = post(form("/admin/services/" + id + "?lang=en", document(id), version(id),
				"email", "not an e-mail", "hours[5].day", "SATURDAY", "hours[5].opensAt", "10:00", "hours[5].closesAt",
				"14:00", "hours[5].closed", "true", "hours[5].closedByDefault", "true"), session);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).containsPattern("id=\"hours5.opensAt\"[^>]*value=\"10:00\"")
			.containsPattern("id=\"hours5.closesAt\"[^>]*value=\"14:00\"")
			.doesNotContainPattern("id=\"hours5.closed1\"[^>]*checked");
		assertThat(revisions(id)).isEqualTo(1);
	}

	@Test
	void openWhenListingHasValuesThePortalDoesNotNameThenTheyAreOfferedAndKeptOnSave() throws Exception {
		ServiceListingDocument fixture = this.listings.tbilisiLegalAid(this.listings.organizationId("rights-georgia"),
				unique());
		ServiceListingDocument odd = new ServiceListingDocument(fixture.hsdsId(), fixture.organizationId(),
				fixture.country(), fixture.status(), fixture.freeOfCharge(), fixture.email(), fixture.url(),
				"Europe/Istanbul", fixture.sourceLocale(), fixture.categories(), List.of("ka", "ku"), fixture.texts(),
				List.of(withPlaceKey(fixture.locations().get(0), "mtskheta-village")), fixture.phones(),
				fixture.openingHours());
		Long id = this.editing.create(ListingFixtures.SYSTEM, odd);
		this.created.add(id);
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia");
		String page = get("/admin/services/" + id + "?lang=ka", session).getContentAsString();
		assertThat(page).contains("<option value=\"Asia/Tbilisi\"")
			.contains("<option value=\"Asia/Yerevan\"")
			.containsPattern("<option value=\"Europe/Istanbul\" selected")
			.containsPattern("value=\"ru\"[^>]*>\\s*<span lang=\"ru\">Русский")
			.containsPattern("value=\"ku\" checked")
			.containsPattern("<option value=\"mtskheta-village\" selected");
		assertThat(post(form("/admin/services/" + id + "?lang=ka", document(id), version(id)), session).getStatus())
			.isEqualTo(302);
		assertThat(document(id).timeZone()).isEqualTo("Europe/Istanbul");
		assertThat(document(id).languages()).containsExactly("ka", "ku");
		assertThat(document(id).locations().get(0).placeKey()).isEqualTo("mtskheta-village");
	}

	private static ServiceListingDocument.Place withPlaceKey(ServiceListingDocument.Place place, String key) {
		return new ServiceListingDocument.Place(place.hsdsId(), place.serviceAtLocationId(), place.countryCode(), key,
				place.regionKey(), place.postalCode(), place.latitude(), place.longitude(), place.sample(),
				place.texts());
	}

	private MockMvcRequestBuilder form(String uri, ServiceListingDocument document, long version, String... changes) {
		return ListingFormRequests.form(this.mvc, uri, document, version, changes);
	}

	private MockHttpServletResponse publish(Long id, MockHttpSession session) {
		return post(
				this.mvc.post().uri("/admin/services/{id}/publish", id).param("version", Long.toString(version(id))),
				session);
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
		Long id = this.editing.create(ListingFixtures.SYSTEM,
				this.listings.tbilisiLegalAid(this.listings.organizationId(organizationKey), unique()));
		this.created.add(id);
		return id;
	}

	private Long publishedOf(String organizationKey) {
		Long id = this.listings
			.published(this.listings.tbilisiLegalAid(this.listings.organizationId(organizationKey), unique()));
		this.created.add(id);
		return id;
	}

	private ServiceListingDocument document(Long id) {
		return this.editing.getListing(ListingFixtures.SYSTEM, id).document();
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from service_listing where id = ?", Long.class, id);
	}

	private int revisions(Long id) {
		return this.jdbc.queryForObject("select count(*) from service_listing_revision where service_id = ?",
				Integer.class, id);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from service_listing", Integer.class);
	}

	private String snapshot(Long id) {
		return this.jdbc.queryForObject("select version || ' ' || review_state || ' ' || working_revision_id || ' ' "
				+ "|| coalesce(published_revision_id::text, '') || ' ' || coalesce(deleted_at::text, '') "
				+ "from service_listing where id = ?", String.class, id);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
