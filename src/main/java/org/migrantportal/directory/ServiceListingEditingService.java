package org.migrantportal.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.Set;
import java.util.function.Function;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialItem;
import org.migrantportal.editorial.EditorialPolicy;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.shared.WordDiff;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-office's work on service listings: list, create, save drafts, submit, publish,
 * send back, unpublish, verify, revisions and the trash. Every method checks the actor's
 * role and country and organization scope itself, so no screen can get round it.
 */
@Service
@Transactional
public class ServiceListingEditingService {

	/** A listing not verified for this many days asks to be checked again. */
	public static final int VERIFY_EVERY_DAYS = 180;

	/** How many rows one page of the back-office list shows. */
	public static final int LIST_PAGE_SIZE = 50;

	/** The longest reason a reviewer gives for sending a listing back. */
	public static final int MAX_REASON = 1000;

	private final ServiceListingRepository listings;

	private final ServiceListingRevisionRepository revisions;

	private final ListingStore store;

	private final ListingRows rows;

	private final ListingRules rules;

	private final OrganizationService organizations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final EditorialPolicy policy;

	private final FourEyesSettings fourEyes;

	ServiceListingEditingService(ServiceListingRepository listings, ServiceListingRevisionRepository revisions,
			ListingStore store, ListingRows rows, ListingRules rules, OrganizationService organizations,
			JdbcClient jdbc, Clock clock, EditorialPolicy policy, FourEyesSettings fourEyes) {
		this.policy = policy;
		this.fourEyes = fourEyes;
		this.listings = listings;
		this.revisions = revisions;
		this.store = store;
		this.rows = rows;
		this.rules = rules;
		this.organizations = organizations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One page (counted from 0) of the listings the actor may work on, narrowed by the
	 * filter, newest change first ({@link #LIST_PAGE_SIZE} rows); a page past the last is
	 * the last.
	 */
	@Transactional(readOnly = true)
	public Page<ListingRow> list(Actor actor, ListingFilter filter, int page, String locale) {
		requireRole(actor, StaffRole.EDITOR);
		return this.rows.find(actor, filter, locale, this.clock.instant(), page, LIST_PAGE_SIZE);
	}

	/** The listings in the trash that the actor may work on, newest first. */
	@Transactional(readOnly = true)
	public List<ListingRow> listTrash(Actor actor, String locale) {
		requireRole(actor, StaffRole.EDITOR);
		return rows(actor, this.listings.findByDeletedAtIsNotNullOrderByDeletedAtDesc(), locale);
	}

	/** The organizations a new or edited listing may belong to, for this actor. */
	@Transactional(readOnly = true)
	public List<OrganizationSummary> listOrganizationChoices(Actor actor, SiteLocale locale) {
		requireRole(actor, StaffRole.EDITOR);
		return this.organizations.listOrganizations(locale)
			.stream()
			.filter((organization) -> actor.canWorkOn(organization.country(), organization.id()))
			.toList();
	}

	/** Every category code, in the taxonomy's order. */
	@Transactional(readOnly = true)
	public List<String> listCategories() {
		return this.jdbc.sql("select code from taxonomy_term order by position, code").query(String.class).list();
	}

	@Transactional(readOnly = true)
	public EditableListing getListing(Actor actor, Long id) {
		return editable(inScope(actor, id, StaffRole.EDITOR));
	}

	/** A new listing of the actor's scope, saved as its first draft; returns its id. */
	public Long create(Actor actor, ServiceListingDocument document) {
		requireRole(actor, StaffRole.EDITOR);
		requireScope(actor, document);
		check(document, null);
		return this.store.create(null, document, actor, "").getId();
	}

	/**
	 * Saves the document as a new draft revision; the published listing stays as it is
	 * until a reviewer publishes. A listing saved by someone else since
	 * {@code loadedVersion} throws {@link ListingEditConflictException}.
	 */
	public long save(Actor actor, Long id, ServiceListingDocument document, long loadedVersion) {
		ServiceListing listing = current(actor, id, StaffRole.EDITOR, loadedVersion);
		requireScope(actor, document);
		check(document, id);
		if (!Objects.equals(document.hsdsId(), listing.getHsdsId())) {
			throw new ListingRuleException(List.of(new ListingProblem("hsdsId", "directory.error.id-missing")));
		}
		this.store.save(listing, document, actor, "");
		this.listings.flush();
		return listing.getVersion();
	}

	/**
	 * Sends the saved draft to a reviewer; anything but a draft is refused with
	 * {@link EditorialRefusal}.
	 */
	public void submitForReview(Actor actor, Long id, long loadedVersion) {
		ServiceListing listing = current(actor, id, StaffRole.EDITOR, loadedVersion);
		require(actor, listing, EditorialAction.SUBMIT);
		listing.submitted(this.clock.instant());
		this.store.changed(listing, EditorialChange.SUBMITTED, actor, this.clock.instant());
	}

	/**
	 * A reviewer returns a submitted draft to its editors without publishing it, with the
	 * reason they see until they submit again.
	 */
	public void sendBack(Actor actor, Long id, String reason, long loadedVersion) {
		ServiceListing listing = current(actor, id, StaffRole.REVIEWER, loadedVersion);
		require(actor, listing, EditorialAction.SEND_BACK);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new ListingRuleException(List.of(new ListingProblem("reason",
					why.isEmpty() ? "editorial.error.reason-required" : "editorial.error.reason-too-long")));
		}
		listing.sentBack(why, actor.email(), this.clock.instant());
		this.store.changed(listing, EditorialChange.SENT_BACK, why, actor, this.clock.instant());
	}

	/**
	 * Publishes the working revision: reviewers, and not their own edit where four eyes
	 * apply.
	 */
	public void publish(Actor actor, Long id, long loadedVersion) {
		ServiceListing listing = current(actor, id, StaffRole.REVIEWER, loadedVersion);
		require(actor, listing, EditorialAction.PUBLISH);
		this.store.publish(listing, actor);
	}

	/** Takes the listing off the public site; refused when it is not online. */
	public void unpublish(Actor actor, Long id, long loadedVersion) {
		ServiceListing listing = current(actor, id, StaffRole.REVIEWER, loadedVersion);
		require(actor, listing, EditorialAction.UNPUBLISH);
		this.store.unpublish(listing, actor);
	}

	/** Records that the actor checked the listing's facts today. */
	public void markVerified(Actor actor, Long id) {
		ServiceListing listing = inScope(actor, id, StaffRole.EDITOR);
		require(actor, listing, EditorialAction.VERIFY);
		Instant now = this.clock.instant();
		listing.verified(LocalDate.ofInstant(now, listing.getCountryScope().zone()), actor.email(), now);
		this.store.changed(listing, EditorialChange.VERIFIED, actor, now);
	}

	/** Moves a listing to the trash: it leaves the public site at once. */
	public void moveToTrash(Actor actor, Long id) {
		ServiceListing listing = inScope(actor, id, StaffRole.EDITOR);
		require(actor, listing, EditorialAction.MOVE_TO_TRASH);
		Instant now = this.clock.instant();
		if (listing.isPublished()) {
			this.store.unpublish(listing, actor);
		}
		listing.moveToTrash(now, actor.email());
		this.store.changed(listing, EditorialChange.MOVED_TO_TRASH, actor, now);
	}

	/** Takes a listing out of the trash as an unpublished draft. */
	public void restoreFromTrash(Actor actor, Long id) {
		requireRole(actor, StaffRole.EDITOR);
		ServiceListing listing = this.listings.findById(id)
			.filter(ServiceListing::isDeleted)
			.orElseThrow(() -> new ListingNotFoundException(id));
		require(actor, listing, EditorialAction.RESTORE);
		Instant now = this.clock.instant();
		listing.restoreFromTrash(now);
		this.store.changed(listing, EditorialChange.RESTORED, actor, now);
	}

	/** Deletes a listing in the trash for good, with its revisions: admins only. */
	public void purge(Actor actor, Long id) {
		requireRole(actor, StaffRole.ADMIN);
		ServiceListing listing = this.listings.findById(id)
			.filter(ServiceListing::isDeleted)
			.orElseThrow(() -> new ListingNotFoundException(id));
		require(actor, listing, EditorialAction.PURGE);
		this.store.purge(listing, actor);
	}

	/** What the actor may do to the listing now: the buttons its form shows. */
	@Transactional(readOnly = true)
	public Set<EditorialAction> availableActions(Actor actor, Long id) {
		ServiceListing listing = inScope(actor, id, StaffRole.EDITOR);
		return this.policy.available(actor, DirectoryKinds.SERVICE, facts(listing));
	}

	private void require(Actor actor, ServiceListing listing, EditorialAction action) {
		this.policy.require(actor, DirectoryKinds.SERVICE, facts(listing), action);
	}

	private EditorialItem facts(ServiceListing listing) {
		return new EditorialItem(listing.getCountryScope(), listing.getOrganizationId(), listing.workflowState(),
				listing.isPublished(), listing.isDeleted(), listing.getLastEditorId(),
				this.fourEyes.isRequired(listing.getCountryScope()));
	}

	@Transactional(readOnly = true)
	public List<ListingRevisionSummary> listRevisions(Actor actor, Long id) {
		ServiceListing listing = inScope(actor, id, StaffRole.EDITOR);
		return this.store.revisions(listing)
			.stream()
			.map((revision) -> new ListingRevisionSummary(revision.getId(), revision.getRevisionNumber(),
					revision.getAuthorEmail(), revision.getNote(), revision.getCreatedAt(),
					revision.getId().equals(listing.getWorkingRevisionId()),
					revision.getId().equals(listing.getPublishedRevisionId())))
			.toList();
	}

	/**
	 * What changed from one revision of a listing to another, in one locale: its texts
	 * word by word, and its facts, places, phones and hours line by line.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<WordDiff.Segment>> compareRevisions(Actor actor, Long id, Long fromRevisionId,
			Long toRevisionId, String locale) {
		ServiceListing listing = inScope(actor, id, StaffRole.EDITOR);
		ServiceListingDocument from = revisionOf(listing, fromRevisionId);
		ServiceListingDocument to = revisionOf(listing, toRevisionId);
		Map<String, List<WordDiff.Segment>> differences = new LinkedHashMap<>();
		ServiceListingDocument.Text before = from.texts().get(locale);
		ServiceListingDocument.Text after = to.texts().get(locale);
		differences.put("name", WordDiff.compare(textOf(before, ServiceListingDocument.Text::name),
				textOf(after, ServiceListingDocument.Text::name)));
		differences.put("description", WordDiff.compare(textOf(before, ServiceListingDocument.Text::description),
				textOf(after, ServiceListingDocument.Text::description)));
		differences.put("eligibility", WordDiff.compare(textOf(before, ServiceListingDocument.Text::eligibility),
				textOf(after, ServiceListingDocument.Text::eligibility)));
		differences.put("fees", WordDiff.compare(textOf(before, ServiceListingDocument.Text::feesDescription),
				textOf(after, ServiceListingDocument.Text::feesDescription)));
		differences.put("facts", ListingFacts.inWords().compare(from, to, locale));
		return differences;
	}

	/** Saves an old revision's document again, as the newest draft revision. */
	public long restoreRevision(Actor actor, Long id, Long revisionId, long loadedVersion) {
		ServiceListing listing = current(actor, id, StaffRole.EDITOR, loadedVersion);
		ServiceListingRevision revision = this.revisions.findById(revisionId)
			.filter((candidate) -> candidate.getServiceId().equals(listing.getId()))
			.orElseThrow(() -> new ListingNotFoundException(id));
		ServiceListingDocument document = ListingDocuments.fromJson(revision.getDocument());
		this.store.save(listing, document, actor, "restored revision " + revision.getRevisionNumber());
		this.listings.flush();
		return listing.getVersion();
	}

	private ServiceListingDocument revisionOf(ServiceListing listing, Long revisionId) {
		return this.revisions.findById(revisionId)
			.filter((candidate) -> candidate.getServiceId().equals(listing.getId()))
			.map((revision) -> ListingDocuments.fromJson(revision.getDocument()))
			.orElseThrow(() -> new ListingNotFoundException(listing.getId()));
	}

	private static String textOf(ServiceListingDocument.Text text,
			Function<ServiceListingDocument.Text, String> field) {
		return (text != null && field.apply(text) != null) ? field.apply(text) : "";
	}

	/** A fresh HSDS id, for a new listing or a new place, phone or opening period. */
	public static UUID newId() {
		return UUID.randomUUID();
	}

	private List<ListingRow> rows(Actor actor, List<ServiceListing> candidates, String locale) {
		List<ListingRow> rows = new ArrayList<>();
		for (ServiceListing listing : candidates) {
			if (actor.canWorkOn(listing.getCountryScope(), listing.getOrganizationId())) {
				String name = this.store.document(listing.getWorkingRevisionId())
					.map((document) -> ListingRow.nameOf(document, locale))
					.orElse("");
				rows.add(new ListingRow(listing.getId(), name, listing.getOrganizationId(), listing.getCountryScope(),
						listing.getStatus(), listing.getReviewState(), listing.isPublished(),
						listing.getLastVerifiedOn(), listing.getLastVerifiedBy(), listing.getUpdatedAt()));
			}
		}
		return rows;
	}

	private EditableListing editable(ServiceListing listing) {
		return new EditableListing(listing.getId(), listing.getVersion(), listing.getReviewState(),
				listing.isPublished(), listing.isDeleted(), this.store.working(listing), listing.getLastVerifiedOn(),
				listing.getLastVerifiedBy(), listing.getSentBackReason(), listing.getSentBackBy());
	}

	/**
	 * Every rule problem of a document for listing {@code id} (null for a new one), with
	 * the back-office's own (a place at least); saves nothing.
	 */
	@Transactional(readOnly = true)
	public List<ListingProblem> listProblems(ServiceListingDocument document, Long id) {
		List<ListingProblem> problems = new ArrayList<>(this.rules.check(document, id));
		if (document.locations().isEmpty()) {
			problems.add(new ListingProblem("locations", "directory-admin.error.place-required"));
		}
		return problems;
	}

	private void check(ServiceListingDocument document, Long id) {
		List<ListingProblem> problems = listProblems(document, id);
		if (!problems.isEmpty()) {
			throw new ListingRuleException(problems);
		}
	}

	private ServiceListing current(Actor actor, Long id, StaffRole role, long loadedVersion) {
		ServiceListing listing = inScope(actor, id, role);
		if (listing.getVersion() != loadedVersion) {
			String storedBy = this.revisions.findById(listing.getWorkingRevisionId())
				.map(ServiceListingRevision::getAuthorEmail)
				.orElse(null);
			throw new ListingEditConflictException(editable(listing), storedBy);
		}
		return listing;
	}

	/**
	 * The listing, if it exists, is not in the trash and the actor may work on it; else
	 * not found or denied.
	 */
	private ServiceListing inScope(Actor actor, Long id, StaffRole role) {
		requireRole(actor, role);
		ServiceListing listing = this.listings.findById(id)
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(() -> new ListingNotFoundException(id));
		requireScope(actor, listing);
		return listing;
	}

	private static void requireScope(Actor actor, ServiceListing listing) {
		if (!actor.canWorkOn(listing.getCountryScope(), listing.getOrganizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
	}

	private static void requireScope(Actor actor, ServiceListingDocument document) {
		if (document.country() != null && !actor.canWorkOn(document.country(), document.organizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		if (document.country() == null && actor.restrictedToOrganization()
				&& !Objects.equals(actor.organizationId(), document.organizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
	}

	private static void requireRole(Actor actor, StaffRole role) {
		if (actor == null || !actor.hasRole(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

}
