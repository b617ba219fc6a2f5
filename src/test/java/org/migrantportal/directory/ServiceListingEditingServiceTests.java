package org.migrantportal.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The listing back-office's rules, at the service: scope by organization and country,
 * drafts that wait for review, edit conflicts, revisions, the trash and re-verification.
 */
@PortalWebTest
class ServiceListingEditingServiceTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ServiceListingEditingService editing;

	@Autowired
	private MutableClock clock;

	private ListingFixtures fixtures;

	private final List<Long> created = new ArrayList<>();

	private Actor admin;

	private Actor rightsEditor;

	private Actor tanadgomaEditor;

	private Actor georgianReviewer;

	private Actor armenianReviewer;

	@BeforeEach
	void fixtures() {
		this.fixtures = new ListingFixtures(this.context);
		this.admin = ListingFixtures.SYSTEM;
		this.rightsEditor = new Actor(-11L, "rights@test.example", StaffRole.EDITOR, CountryScope.GEORGIA,
				this.fixtures.organizationId("rights-georgia"), true);
		this.tanadgomaEditor = new Actor(-12L, "tanadgoma@test.example", StaffRole.EDITOR, CountryScope.GEORGIA,
				this.fixtures.organizationId("tanadgoma"), true);
		this.georgianReviewer = new Actor(-13L, "reviewer-ge@test.example", StaffRole.REVIEWER, CountryScope.GEORGIA,
				this.fixtures.organizationId("iom-georgia"), false);
		this.armenianReviewer = new Actor(-14L, "reviewer-am@test.example", StaffRole.REVIEWER, CountryScope.ARMENIA,
				this.fixtures.organizationId("iom-armenia"), false);
	}

	@AfterEach
	void remove() {
		this.created.forEach(this.fixtures::remove);
	}

	@Test
	void listWhenNgoEditorThenOnlyTheirOrganizationsListings() {
		Long own = draftOf("rights-georgia");
		Long other = draftOf("tanadgoma");
		assertThat(this.editing.list(this.rightsEditor, ListingFilter.NONE, 0, "en").getContent())
			.extracting(ListingRow::id)
			.contains(own)
			.doesNotContain(other);
		assertThat(this.editing.list(this.admin, byOrganization("rights-georgia"), 0, "en").getContent())
			.extracting(ListingRow::id)
			.contains(own);
		assertThat(this.editing.list(this.admin, byOrganization("tanadgoma"), 0, "en").getContent())
			.extracting(ListingRow::id)
			.contains(other);
	}

	@Test
	void saveWhenNgoEditorOfAnotherOrganizationThenDeniedAndNothingSaved() {
		Long id = draftOf("tanadgoma");
		EditableListing before = this.editing.getListing(this.admin, id);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.editing.save(this.rightsEditor, id,
				renamed(before.document(), "en", "Taken over"), before.version()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editing.getListing(this.rightsEditor, id));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editing.submitForReview(this.rightsEditor, id, before.version()));
		assertThat(this.editing.getListing(this.admin, id)).isEqualTo(before);
	}

	@Test
	void saveWhenNgoEditorMovesTheirListingToAnotherOrganizationThenDenied() {
		Long id = draftOf("rights-georgia");
		EditableListing before = this.editing.getListing(this.rightsEditor, id);
		ServiceListingDocument moved = withOrganization(before.document(), this.fixtures.organizationId("tanadgoma"));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editing.save(this.rightsEditor, id, moved, before.version()));
		assertThat(this.editing.getListing(this.admin, id)).isEqualTo(before);
	}

	@Test
	void publishWhenEditorThenDenied() {
		Long id = draftOf("rights-georgia");
		long version = this.editing.getListing(this.rightsEditor, id).version();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editing.publish(this.rightsEditor, id, version));
		assertThat(this.editing.getListing(this.admin, id).published()).isFalse();
	}

	@Test
	void publishWhenArmenianReviewerOnGeorgianListingThenDenied() {
		Long id = draftOf("rights-georgia");
		long version = this.editing.getListing(this.admin, id).version();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editing.publish(this.armenianReviewer, id, version));
		assertThat(this.editing.getListing(this.admin, id).published()).isFalse();
		this.editing.publish(this.georgianReviewer, id, version);
		assertThat(this.editing.getListing(this.admin, id).published()).isTrue();
	}

	@Test
	void saveWhenEditorChangesPublishedListingThenPublicKeepsOldVersionUntilReviewerPublishes() {
		Long id = draftOf("rights-georgia");
		this.editing.publish(this.admin, id, this.editing.getListing(this.admin, id).version());
		EditableListing loaded = this.editing.getListing(this.rightsEditor, id);
		long saved = this.editing.save(this.rightsEditor, id, renamed(loaded.document(), "en", "Renamed legal aid"),
				loaded.version());
		this.editing.submitForReview(this.rightsEditor, id, saved);

		EditableListing waiting = this.editing.getListing(this.georgianReviewer, id);
		assertThat(waiting.reviewState()).isEqualTo(ListingReviewState.IN_REVIEW);
		assertThat(waiting.published()).isTrue();
		assertThat(this.fixtures.readPublished(id).texts().get("en").name()).isEqualTo("Legal aid for migrants");

		this.editing.publish(this.georgianReviewer, id, waiting.version());
		assertThat(this.fixtures.readPublished(id).texts().get("en").name()).isEqualTo("Renamed legal aid");
		assertThat(this.editing.getListing(this.admin, id).reviewState()).isEqualTo(ListingReviewState.PUBLISHED);
	}

	@Test
	void sendBackWhenReviewerThenDraftAgainAndNothingPublished() {
		Long id = draftOf("rights-georgia");
		this.editing.submitForReview(this.rightsEditor, id, this.editing.getListing(this.admin, id).version());
		this.editing.sendBack(this.georgianReviewer, id, "Please add the opening hours.",
				this.editing.getListing(this.admin, id).version());
		EditableListing after = this.editing.getListing(this.admin, id);
		assertThat(after.reviewState()).isEqualTo(ListingReviewState.DRAFT);
		assertThat(after.published()).isFalse();
	}

	@Test
	void saveWhenAnotherEditorSavedSinceLoadingThenConflictAndFirstSaveKept() {
		Long id = draftOf("rights-georgia");
		EditableListing loaded = this.editing.getListing(this.rightsEditor, id);
		this.editing.save(this.rightsEditor, id, renamed(loaded.document(), "en", "First editor's name"),
				loaded.version());
		assertThatExceptionOfType(ListingEditConflictException.class)
			.isThrownBy(() -> this.editing.save(this.admin, id, renamed(loaded.document(), "en", "Second name"),
					loaded.version()))
			.satisfies((conflict) -> {
				assertThat(conflict.stored().name("en")).isEqualTo("First editor's name");
				assertThat(conflict.storedBy()).isEqualTo("rights@test.example");
			});
		assertThat(this.editing.getListing(this.admin, id).name("en")).isEqualTo("First editor's name");
	}

	@Test
	void restoreRevisionWhenEditorThenOldTextComesBackAsNewestRevision() {
		Long id = draftOf("rights-georgia");
		EditableListing first = this.editing.getListing(this.rightsEditor, id);
		long version = this.editing.save(this.rightsEditor, id, renamed(first.document(), "en", "Changed"),
				first.version());
		List<ListingRevisionSummary> revisions = this.editing.listRevisions(this.rightsEditor, id);
		assertThat(revisions).hasSize(2);
		Long original = revisions.get(1).id();
		this.editing.restoreRevision(this.rightsEditor, id, original, version);
		assertThat(this.editing.listRevisions(this.rightsEditor, id)).hasSize(3);
		assertThat(this.editing.getListing(this.rightsEditor, id).name("en")).isEqualTo("Legal aid for migrants");
	}

	@Test
	void moveToTrashWhenEditorThenLeavesListAndPublicSiteAndRestoreBringsItBack() {
		Long id = draftOf("rights-georgia");
		this.editing.publish(this.admin, id, this.editing.getListing(this.admin, id).version());
		this.editing.moveToTrash(this.rightsEditor, id);
		assertThat(this.editing.list(this.rightsEditor, ListingFilter.NONE, 0, "en").getContent())
			.extracting(ListingRow::id)
			.doesNotContain(id);
		assertThat(this.editing.listTrash(this.rightsEditor, "en")).extracting(ListingRow::id).contains(id);
		assertThat(this.editing.listTrash(this.tanadgomaEditor, "en")).extracting(ListingRow::id).doesNotContain(id);
		assertThat(this.fixtures.readPublished(id).texts()).isEmpty();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.editing.purge(this.rightsEditor, id));

		this.editing.restoreFromTrash(this.rightsEditor, id);
		assertThat(this.editing.list(this.rightsEditor, ListingFilter.NONE, 0, "en").getContent())
			.extracting(ListingRow::id)
			.contains(id);
	}

	@Test
	void purgeWhenAdminThenListingIsGoneForGood() {
		Long id = draftOf("rights-georgia");
		this.editing.moveToTrash(this.admin, id);
		this.editing.purge(this.admin, id);
		assertThat(this.editing.listTrash(this.admin, "en")).extracting(ListingRow::id).doesNotContain(id);
		assertThatExceptionOfType(ListingNotFoundException.class)
			.isThrownBy(() -> this.editing.getListing(this.admin, id));
	}

	@Test
	void createWhenNoPlaceThenRefusedWithAProblemAndNothingSaved() {
		ServiceListingDocument good = this.fixtures.tbilisiLegalAid(this.fixtures.organizationId("rights-georgia"),
				ListingFixturesSuffix.next());
		ServiceListingDocument noPlace = new ServiceListingDocument(good.hsdsId(), good.organizationId(),
				good.country(), good.status(), good.freeOfCharge(), good.email(), good.url(), good.timeZone(),
				good.sourceLocale(), good.categories(), good.languages(), good.texts(), List.of(), good.phones(),
				good.openingHours());
		long before = this.editing.list(this.admin, ListingFilter.NONE, 0, "en").getTotalElements();
		assertThatExceptionOfType(ListingRuleException.class)
			.isThrownBy(() -> this.editing.create(this.rightsEditor, noPlace))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(ListingProblem::messageKey)
				.contains("directory-admin.error.place-required"));
		assertThat(this.editing.list(this.admin, ListingFilter.NONE, 0, "en").getTotalElements()).isEqualTo(before);
	}

	@Test
	void listUnverifiedWhenNotVerifiedFor180DaysThenShownUntilMarkedVerified() {
		Long id = draftOf("rights-georgia");
		ListingFilter unverified = new ListingFilter(null, null, null, null, null, true);
		assertThat(this.editing.list(this.rightsEditor, unverified, 0, "en").getContent()).extracting(ListingRow::id)
			.contains(id);

		this.editing.markVerified(this.rightsEditor, id);
		assertThat(this.editing.list(this.rightsEditor, unverified, 0, "en").getContent()).extracting(ListingRow::id)
			.doesNotContain(id);
		assertThat(this.editing.getListing(this.admin, id).lastVerifiedBy()).isEqualTo("rights@test.example");

		this.clock.advance(Duration.ofDays(180));
		assertThat(this.editing.list(this.rightsEditor, unverified, 0, "en").getContent()).extracting(ListingRow::id)
			.doesNotContain(id);
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.editing.list(this.rightsEditor, unverified, 0, "en").getContent()).extracting(ListingRow::id)
			.contains(id);
	}

	private ListingFilter byOrganization(String organizationKey) {
		return new ListingFilter(this.fixtures.organizationId(organizationKey), null, null, null, null, false);
	}

	private Long draftOf(String organizationKey) {
		Long id = this.editing.create(this.admin, this.fixtures
			.tbilisiLegalAid(this.fixtures.organizationId(organizationKey), ListingFixturesSuffix.next()));
		this.created.add(id);
		return id;
	}

	static ServiceListingDocument renamed(ServiceListingDocument document, String locale, String name) {
		Map<String, ServiceListingDocument.Text> texts = new HashMap<>(document.texts());
		ServiceListingDocument.Text text = texts.get(locale);
		texts.put(locale, new ServiceListingDocument.Text(text.slug(), name, text.description(), text.eligibility(),
				text.feesDescription(), text.awaitingNativeReview(), text.translatedFrom()));
		return new ServiceListingDocument(document.hsdsId(), document.organizationId(), document.country(),
				document.status(), document.freeOfCharge(), document.email(), document.url(), document.timeZone(),
				document.sourceLocale(), document.categories(), document.languages(), texts, document.locations(),
				document.phones(), document.openingHours());
	}

	static ServiceListingDocument withOrganization(ServiceListingDocument document, Long organizationId) {
		return new ServiceListingDocument(document.hsdsId(), organizationId, document.country(), document.status(),
				document.freeOfCharge(), document.email(), document.url(), document.timeZone(), document.sourceLocale(),
				document.categories(), document.languages(), document.texts(), document.locations(), document.phones(),
				document.openingHours());
	}

}
