package org.migrantportal.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.migrantportal.editorial.EditableKind;
import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.editorial.EditorialItem;
import org.migrantportal.editorial.EditorialPolicy;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.shared.WordDiff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back-office's work on help contacts and emergency numbers: list, create, save
 * drafts as revisions, submit, send back, publish, unpublish, the trash and the history.
 * Every method asks the {@link EditorialPolicy} with the actor's role and country scope,
 * so an Armenian editor cannot touch a Georgian contact whatever a screen shows; every
 * change is published as an {@link EditorialEvent} of
 * {@link DirectoryKinds#HELP_CONTACT}.
 */
@Service
@Transactional
public class HelpContactEditingService {

	/** The longest reason a reviewer gives for sending a contact back. */
	public static final int MAX_REASON = 1000;

	private static final EditableKind KIND = DirectoryKinds.HELP_CONTACT;

	private final HelpContactRepository contacts;

	private final HelpContactRevisionRepository revisions;

	private final EditorialPolicy policy;

	private final FourEyesSettings fourEyes;

	private final ApplicationEventPublisher events;

	private final SiteLocales siteLocales;

	private final Clock clock;

	private final OrganizationService organizations;

	HelpContactEditingService(HelpContactRepository contacts, HelpContactRevisionRepository revisions,
			EditorialPolicy policy, FourEyesSettings fourEyes, ApplicationEventPublisher events,
			SiteLocales siteLocales, Clock clock, OrganizationService organizations) {
		this.organizations = organizations;
		this.contacts = contacts;
		this.revisions = revisions;
		this.policy = policy;
		this.fourEyes = fourEyes;
		this.events = events;
		this.siteLocales = siteLocales;
		this.clock = clock;
	}

	/** The contacts the actor may work on, by country and position. */
	@Transactional(readOnly = true)
	public List<HelpContactRow> list(Actor actor, String locale) {
		requireRole(actor, StaffRole.EDITOR);
		return rows(actor, this.contacts.findByDeletedAtIsNullOrderByPositionAscIdAsc(), locale);
	}

	/** The contacts in the trash that the actor may work on, newest first. */
	@Transactional(readOnly = true)
	public List<HelpContactRow> listTrash(Actor actor, String locale) {
		requireRole(actor, StaffRole.EDITOR);
		return rows(actor, this.contacts.findByDeletedAtIsNotNullOrderByDeletedAtDesc(), locale);
	}

	@Transactional(readOnly = true)
	public EditableHelpContact getContact(Actor actor, Long id) {
		return editable(inScope(actor, id));
	}

	/** A new contact of the actor's scope, saved as its first draft; returns its id. */
	public Long create(Actor actor, HelpContactDocument document) {
		requireRole(actor, StaffRole.EDITOR);
		check(document);
		requireReach(actor, document.country());
		requireOrganizationInReach(actor, document);
		this.policy.require(actor, KIND, EditorialItem.unsaved(document.country(), null), EditorialAction.SAVE);
		// a key like the initial data's, so every contact has one (the initial data
		// matches by it)
		return create("contact-" + UUID.randomUUID(), document, actor, "").getId();
	}

	/**
	 * Saves the document as a new draft revision; the published contact stays online
	 * unchanged until a reviewer publishes. A contact saved by someone else since
	 * {@code loadedVersion} throws {@link HelpContactEditConflictException}.
	 */
	public long save(Actor actor, Long id, HelpContactDocument document, long loadedVersion) {
		HelpContact contact = current(actor, id, loadedVersion);
		check(document);
		require(actor, contact, EditorialAction.SAVE);
		// moving a contact to another country needs the scope of that country too
		requireReach(actor, document.country());
		requireOrganizationInReach(actor, document);
		this.policy.require(actor, KIND, EditorialItem.unsaved(document.country(), null), EditorialAction.SAVE);
		record(contact, document, actor, "");
		this.contacts.flush();
		return contact.getVersion();
	}

	public void submitForReview(Actor actor, Long id, long loadedVersion) {
		HelpContact contact = current(actor, id, loadedVersion);
		require(actor, contact, EditorialAction.SUBMIT);
		Instant now = this.clock.instant();
		contact.submitted(now);
		changed(contact, EditorialChange.SUBMITTED, null, actor, now);
	}

	/** A reviewer returns a submitted contact to its editors, with the reason. */
	public void sendBack(Actor actor, Long id, String reason, long loadedVersion) {
		HelpContact contact = current(actor, id, loadedVersion);
		require(actor, contact, EditorialAction.SEND_BACK);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > MAX_REASON) {
			throw new HelpContactRuleException(List.of(new ListingProblem("reason",
					why.isEmpty() ? "editorial.error.reason-required" : "editorial.error.reason-too-long")));
		}
		Instant now = this.clock.instant();
		contact.sentBack(why, actor.email(), now);
		changed(contact, EditorialChange.SENT_BACK, why, actor, now);
	}

	/**
	 * Publishes the working revision: reviewers, and not their own edit under four eyes.
	 */
	public void publish(Actor actor, Long id, long loadedVersion) {
		HelpContact contact = current(actor, id, loadedVersion);
		require(actor, contact, EditorialAction.PUBLISH);
		publish(contact, actor);
	}

	public void unpublish(Actor actor, Long id, long loadedVersion) {
		HelpContact contact = current(actor, id, loadedVersion);
		require(actor, contact, EditorialAction.UNPUBLISH);
		Instant now = this.clock.instant();
		contact.unpublished(now);
		changed(contact, EditorialChange.UNPUBLISHED, null, actor, now);
	}

	/** Moves a contact to the trash: it leaves the public site at once. */
	public void moveToTrash(Actor actor, Long id) {
		HelpContact contact = inScope(actor, id);
		require(actor, contact, EditorialAction.MOVE_TO_TRASH);
		Instant now = this.clock.instant();
		if (contact.isPublished()) {
			contact.unpublished(now);
		}
		contact.moveToTrash(now, actor.email());
		changed(contact, EditorialChange.MOVED_TO_TRASH, null, actor, now);
	}

	/** Takes a contact out of the trash as an unpublished draft. */
	public void restoreFromTrash(Actor actor, Long id) {
		requireRole(actor, StaffRole.EDITOR);
		HelpContact contact = this.contacts.findById(id)
			.filter(HelpContact::isDeleted)
			.orElseThrow(() -> new HelpContactNotFoundException(id));
		requireReach(actor, contact.getCountryScope());
		require(actor, contact, EditorialAction.RESTORE);
		Instant now = this.clock.instant();
		contact.restoreFromTrash(now);
		changed(contact, EditorialChange.RESTORED, null, actor, now);
	}

	/** What the actor may do to the contact now: the buttons its form shows. */
	@Transactional(readOnly = true)
	public Set<EditorialAction> availableActions(Actor actor, Long id) {
		return this.policy.available(actor, KIND, facts(inScope(actor, id)));
	}

	@Transactional(readOnly = true)
	public List<HelpContactRevisionSummary> listRevisions(Actor actor, Long id) {
		HelpContact contact = inScope(actor, id);
		return this.revisions.findByContactIdOrderByRevisionNumberDesc(id)
			.stream()
			.map((revision) -> new HelpContactRevisionSummary(revision.getId(), revision.getRevisionNumber(),
					revision.getAuthorEmail(), revision.getNote(), revision.getCreatedAt(),
					revision.getId().equals(contact.getWorkingRevisionId()),
					revision.getId().equals(contact.getPublishedRevisionId())))
			.toList();
	}

	/**
	 * What changed from one revision of a contact to another, in one language: its name
	 * and description word by word, its facts (address, hours, phones, e-mail, website,
	 * source) line by line.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<WordDiff.Segment>> compareRevisions(Actor actor, Long id, Long fromRevisionId,
			Long toRevisionId, String locale) {
		inScope(actor, id);
		HelpContactDocument from = revisionOf(id, fromRevisionId);
		HelpContactDocument to = revisionOf(id, toRevisionId);
		if (!from.texts().containsKey(locale) && !to.texts().containsKey(locale) && !to.texts().isEmpty()) {
			// a contact written in other languages only: compare the language it has
			locale = to.texts().keySet().iterator().next();
		}
		Map<String, List<WordDiff.Segment>> differences = new LinkedHashMap<>();
		differences.put("name", WordDiff.compare(text(from, locale, HelpContactDocument.Text::name),
				text(to, locale, HelpContactDocument.Text::name)));
		differences.put("description", WordDiff.compare(text(from, locale, HelpContactDocument.Text::description),
				text(to, locale, HelpContactDocument.Text::description)));
		differences.put("facts", WordDiff.compareParagraphs(facts(from, locale), facts(to, locale)));
		return differences;
	}

	private HelpContactDocument revisionOf(Long id, Long revisionId) {
		return this.revisions.findById(revisionId)
			.filter((revision) -> revision.getContactId().equals(id))
			.map((revision) -> HelpContactDocuments.fromJson(revision.getDocument()))
			.orElseThrow(() -> new HelpContactNotFoundException(id));
	}

	private static String text(HelpContactDocument document, String locale,
			java.util.function.Function<HelpContactDocument.Text, String> field) {
		HelpContactDocument.Text text = document.texts().get(locale);
		return (text != null && field.apply(text) != null) ? field.apply(text) : "";
	}

	/** The facts of a contact, one paragraph each, in one language. */
	private static String facts(HelpContactDocument document, String locale) {
		List<String> facts = new java.util.ArrayList<>();
		facts.add(text(document, locale, HelpContactDocument.Text::address));
		facts.add(text(document, locale, HelpContactDocument.Text::openingHours));
		for (HelpContactDocument.Phone phone : document.phones()) {
			facts.add(phone.number() + " " + java.util.Objects.toString(phone.labels().get(locale), "")
					+ (phone.hotline() ? " hotline" : "") + (phone.aroundTheClock() ? " 24/7" : "")
					+ (phone.freeOfCharge() ? " free" : ""));
		}
		facts.add(java.util.Objects.toString(document.email(), ""));
		facts.add(java.util.Objects.toString(document.website(), ""));
		facts.add(java.util.Objects.toString(document.sourceTitle(), "") + " "
				+ java.util.Objects.toString(document.sourceUrl(), ""));
		return String.join("\n\n", facts.stream().map(String::strip).filter((fact) -> !fact.isEmpty()).toList());
	}

	/** Saves an old revision's document again, as the newest draft revision. */
	public long restoreRevision(Actor actor, Long id, Long revisionId, long loadedVersion) {
		HelpContact contact = current(actor, id, loadedVersion);
		require(actor, contact, EditorialAction.SAVE);
		HelpContactRevision revision = this.revisions.findById(revisionId)
			.filter((candidate) -> candidate.getContactId().equals(id))
			.orElseThrow(() -> new HelpContactNotFoundException(id));
		HelpContactDocument document = HelpContactDocuments.fromJson(revision.getDocument());
		this.policy.require(actor, KIND, EditorialItem.unsaved(document.country(), null), EditorialAction.SAVE);
		record(contact, document, actor, "restored revision " + revision.getRevisionNumber());
		this.contacts.flush();
		return contact.getVersion();
	}

	/** Every rule problem of the document; saves nothing. */
	@Transactional(readOnly = true)
	public List<ListingProblem> listProblems(HelpContactDocument document) {
		return HelpContactRules.check(document,
				this.siteLocales.all().stream().map(SiteLocale::tag).collect(Collectors.toSet()));
	}

	// the initial data and the service share these; callers check role and scope

	HelpContact create(String contentKey, HelpContactDocument document, Actor actor, String note) {
		Instant now = this.clock.instant();
		HelpContact contact = this.contacts.saveAndFlush(new HelpContact(contentKey, document, now));
		record(contact, document, actor, note);
		changed(contact, EditorialChange.CREATED, null, actor, now);
		return contact;
	}

	void publish(HelpContact contact, Actor actor) {
		check(working(contact));
		Instant now = this.clock.instant();
		contact.published(now);
		this.contacts.flush();
		changed(contact, EditorialChange.PUBLISHED, null, actor, now);
	}

	HelpContactDocument working(HelpContact contact) {
		return this.revisions.findById(contact.getWorkingRevisionId())
			.map((revision) -> HelpContactDocuments.fromJson(revision.getDocument()))
			.orElseThrow();
	}

	EditorialItem facts(HelpContact contact) {
		return new EditorialItem(contact.getCountryScope(), null, contact.getState(), contact.isPublished(),
				contact.isDeleted(), contact.getLastEditorId(), this.fourEyes.isRequired(contact.getCountryScope()));
	}

	private void record(HelpContact contact, HelpContactDocument document, Actor actor, String note) {
		Instant now = this.clock.instant();
		int number = this.revisions.findFirstByContactIdOrderByRevisionNumberDesc(contact.getId())
			.map((latest) -> latest.getRevisionNumber() + 1)
			.orElse(1);
		HelpContactRevision revision = this.revisions
			.saveAndFlush(new HelpContactRevision(contact.getId(), number, HelpContactDocuments.toJson(document),
					(actor != null) ? actor.accountId() : null, (actor != null) ? actor.email() : null, note, now));
		contact.saved(document, revision.getId(), (actor != null) ? actor.accountId() : null, now);
		if (number > 1) {
			changed(contact, EditorialChange.SAVED, null, actor, now);
		}
	}

	private void changed(HelpContact contact, EditorialChange change, String reason, Actor actor, Instant now) {
		String title = working(contact).texts()
			.values()
			.stream()
			.map(HelpContactDocument.Text::name)
			.filter((name) -> name != null && !name.isBlank())
			.findFirst()
			.orElse(contact.getContentKey());
		this.events
			.publishEvent(EditorialEvent.of(KIND, contact.getId(), null, change, title, contact.getCountryScope(), null,
					contact.getLastEditorId(), reason, actor, now, "/admin/help-contacts/" + contact.getId()));
	}

	private void check(HelpContactDocument document) {
		List<ListingProblem> problems = listProblems(document);
		if (!problems.isEmpty()) {
			throw new HelpContactRuleException(problems);
		}
	}

	private void require(Actor actor, HelpContact contact, EditorialAction action) {
		this.policy.require(actor, KIND, facts(contact), action);
	}

	private List<HelpContactRow> rows(Actor actor, List<HelpContact> candidates, String locale) {
		return candidates.stream().filter((contact) -> reaches(actor, contact.getCountryScope())).map((contact) -> {
			HelpContactDocument document = working(contact);
			EditableHelpContact editable = editable(contact, document);
			return new HelpContactRow(contact.getId(), editable.name(locale), contact.getKind(),
					contact.getCountryScope(), contact.getPosition(), contact.getState(), contact.isPublished(),
					document.lastVerifiedOn(), contact.getUpdatedAt());
		}).sorted(Comparator.comparing(HelpContactRow::country).thenComparing(HelpContactRow::position)).toList();
	}

	private EditableHelpContact editable(HelpContact contact) {
		return editable(contact, working(contact));
	}

	private static EditableHelpContact editable(HelpContact contact, HelpContactDocument document) {
		return new EditableHelpContact(contact.getId(), contact.getVersion(), contact.getState(), contact.isPublished(),
				contact.isDeleted(), document, contact.getSentBackReason(), contact.getSentBackBy());
	}

	private HelpContact current(Actor actor, Long id, long loadedVersion) {
		HelpContact contact = inScope(actor, id);
		if (contact.getVersion() != loadedVersion) {
			throw new HelpContactEditConflictException(editable(contact));
		}
		return contact;
	}

	/**
	 * The contact, if it exists, is not in the trash and the actor's scope reaches it.
	 */
	private HelpContact inScope(Actor actor, Long id) {
		requireRole(actor, StaffRole.EDITOR);
		HelpContact contact = this.contacts.findById(id)
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(() -> new HelpContactNotFoundException(id));
		requireReach(actor, contact.getCountryScope());
		return contact;
	}

	/**
	 * Whether the actor's scope reaches help contacts of a country. Help contacts belong
	 * to the staff of their country: a contact for both countries is worked on only by
	 * regional staff and admins, so a country's editor cannot make a contact regional and
	 * hand it to the other country's staff. Lists, the queue, the trash and every action
	 * ask this one rule.
	 */
	static boolean reaches(Actor actor, CountryScope country) {
		return actor.canWorkOn(country, null) && (country != CountryScope.BOTH
				|| actor.countryScope() == CountryScope.BOTH || actor.hasRole(StaffRole.ADMIN));
	}

	/**
	 * The organization a contact refers to must exist and be one of the editor's
	 * countries: a form error, so what was typed stays.
	 */
	private void requireOrganizationInReach(Actor actor, HelpContactDocument document) {
		if (document.organizationId() == null) {
			return;
		}
		boolean inReach = this.organizations
			.findOrganization(document.organizationId(), this.siteLocales.defaultLocale())
			.filter((organization) -> actor.canWorkOn(organization.country(), null))
			.isPresent();
		if (!inReach) {
			throw new HelpContactRuleException(
					List.of(new ListingProblem("organizationId", "help-admin.error.organization")));
		}
	}

	private static void requireReach(Actor actor, CountryScope country) {
		if (!reaches(actor, country)) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
	}

	/** A contact's name in a language, from its working copy, for the review queue. */
	String nameOf(HelpContact contact, String locale) {
		return editable(contact).name(locale);
	}

	private static void requireRole(Actor actor, StaffRole role) {
		if (actor == null || !actor.hasRole(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

}
