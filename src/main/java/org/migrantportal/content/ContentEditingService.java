package org.migrantportal.content;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.MarkdownRenderer;
import org.migrantportal.shared.Slugs;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.shared.WordDiff;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The editorial work on pages, for the back-office: drafts, review, publishing (now or at
 * a set time), revisions, edit conflicts and the trash. Every method checks the actor's
 * role and their country and organization scope itself; nothing relies on what a template
 * shows or hides.
 */
@Service
@Transactional
public class ContentEditingService {

	private static final TranslationRevision.SubjectType PAGE = TranslationRevision.SubjectType.PAGE;

	/** The most rows the editors' list returns. */
	public static final int MAX_ROWS = 500;

	private final ContentPageRepository pages;

	private final ContentPageTranslationRepository translations;

	private final TopicRepository topics;

	private final TopicTranslationRepository topicTranslations;

	private final TranslationRevisions revisions;

	private final TranslationRevisionRepository revisionRepository;

	private final SlugAliasRepository aliases;

	private final CountrySettingRepository settings;

	private final SiteLocales siteLocales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentEditingService(ContentPageRepository pages, ContentPageTranslationRepository translations,
			TopicRepository topics, TopicTranslationRepository topicTranslations, TranslationRevisions revisions,
			TranslationRevisionRepository revisionRepository, SlugAliasRepository aliases,
			CountrySettingRepository settings, SiteLocales siteLocales, ApplicationEventPublisher events, Clock clock) {
		this.pages = pages;
		this.translations = translations;
		this.topics = topics;
		this.topicTranslations = topicTranslations;
		this.revisions = revisions;
		this.revisionRepository = revisionRepository;
		this.aliases = aliases;
		this.settings = settings;
		this.siteLocales = siteLocales;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The translations of the pages the actor may work on, filtered, newest change first.
	 */
	@Transactional(readOnly = true)
	public List<EditorialRow> listPages(Actor actor, EditorialFilter filter) {
		List<ContentPage> visible = this.pages.findByDeletedAtIsNull()
			.stream()
			.filter((page) -> actor.canWorkOn(page.getCountryScope(), page.getOrganizationId()))
			.filter((page) -> filter.country() == null || page.getCountryScope() == filter.country())
			.filter((page) -> filter.topicId() == null || filter.topicId().equals(page.getTopicId()))
			.toList();
		Map<Long, ContentPage> byId = visible.stream()
			.collect(Collectors.toMap(ContentPage::getId, Function.identity()));
		Map<Long, String> topicTitles = topicTitles();
		String text = StringUtils.hasText(filter.text()) ? filter.text().strip().toLowerCase(Locale.ROOT) : null;
		return this.translations.findByPageIdIn(byId.keySet())
			.stream()
			.filter((translation) -> filter.state() == null || translation.getState() == filter.state())
			.filter((translation) -> filter.locale() == null || translation.getLocale().equals(filter.locale()))
			.filter((translation) -> text == null || translation.getTitle().toLowerCase(Locale.ROOT).contains(text)
					|| translation.getSlug().contains(text))
			.sorted(Comparator.comparing(ContentPageTranslation::getUpdatedAt).reversed())
			.limit(MAX_ROWS)
			.map((translation) -> {
				ContentPage page = byId.get(translation.getPageId());
				return new EditorialRow(page.getId(), translation.getLocale(), translation.getTitle(),
						topicTitles.get(page.getTopicId()), page.getCountryScope(), translation.getState(),
						translation.isLive(), translation.isAwaitingNativeReview(), translation.getUpdatedAt());
			})
			.toList();
	}

	/**
	 * The topics a page can belong to, by id, with their name in the editor's language.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> listTopicChoices(String locale) {
		List<Topic> all = this.topics.findByDeletedAtIsNullOrderByPositionAscIdAsc();
		Map<Long, List<TopicTranslation>> texts = this.topicTranslations
			.findByTopicIdIn(all.stream().map(Topic::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TopicTranslation::getTopicId));
		Map<Long, String> choices = new LinkedHashMap<>();
		for (Topic topic : all) {
			this.siteLocales
				.pickBest(this.siteLocales.find(locale).orElseGet(this.siteLocales::defaultLocale),
						texts.getOrDefault(topic.getId(), List.of()), TopicTranslation::getLocale)
				.ifPresent((text) -> choices.put(topic.getId(), text.getTitle()));
		}
		return choices;
	}

	@Transactional(readOnly = true)
	public EditableTranslation getTranslation(Actor actor, Long pageId, String locale) {
		ContentPage page = pageInScope(actor, pageId);
		String topicTitle = topicTitles().get(page.getTopicId());
		return this.translations.findByPageIdAndLocale(pageId, locale)
			.map((translation) -> editable(page, translation, topicTitle))
			.orElseGet(() -> new EditableTranslation(pageId, locale, false,
					new TranslationDraft("", "", "", "", "", false), 0, TranslationState.DRAFT, false, null, null, null,
					page.getCountryScope(), page.getOrganizationId(), topicTitle, false));
	}

	/** Creates a page with its first translation, as a draft. */
	public Long createPage(Actor actor, NewPage request) {
		requireRole(actor, StaffRole.EDITOR);
		Long organizationId = actor.restrictedToOrganization() ? actor.organizationId() : request.organizationId();
		if (!actor.canWorkOn(request.country(), organizationId)) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		Topic topic = this.topics.findById(request.topicId())
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(() -> new ContentRuleException("topicId", "content.error.unknown-topic"));
		String locale = requireLocale(request.locale());
		checkDraft(request.draft(), locale, null);
		Instant now = this.clock.instant();
		ContentPage page = this.pages
			.save(new ContentPage("page-" + UUID.randomUUID(), topic.getId(), request.country(), 1000, locale, now));
		page.setOrganizationId(organizationId);
		ContentPageTranslation translation = this.translations
			.save(new ContentPageTranslation(page.getId(), locale, request.draft().title().strip(),
					request.draft().slug(), clean(request.draft().summary()), request.draft().bodyMarkdown(), now));
		translation.saveDraft(translation.getTitle(), translation.getSlug(), translation.getSummary(),
				translation.getBodyMarkdown(), actor.accountId(), now);
		this.revisions.record(PAGE, translation, actor.accountId(), actor.email(), request.draft().note(), false);
		publish(actor, page, translation, "CREATED");
		return page.getId();
	}

	/**
	 * Saves the editor's text as a new draft revision, if nobody saved since they loaded
	 * {@code loadedVersion}; otherwise nothing changes and an
	 * {@link EditConflictException} carries the stored text. A translation that does not
	 * exist yet is created.
	 */
	public long saveTranslation(Actor actor, Long pageId, String locale, TranslationDraft draft, long loadedVersion) {
		requireRole(actor, StaffRole.EDITOR);
		ContentPage page = pageInScope(actor, pageId);
		String tag = requireLocale(locale);
		Optional<ContentPageTranslation> existing = this.translations.findByPageIdAndLocale(pageId, tag);
		if (existing.isPresent() && existing.get().getVersion() != loadedVersion) {
			ContentPageTranslation stored = existing.get();
			throw new EditConflictException(textOf(stored), stored.getVersion(), lastAuthor(stored));
		}
		checkDraft(draft, tag, existing.map(ContentPageTranslation::getId).orElse(null));
		Instant now = this.clock.instant();
		ContentPageTranslation translation = existing
			.orElseGet(() -> this.translations.save(new ContentPageTranslation(pageId, tag, draft.title().strip(),
					draft.slug(), clean(draft.summary()), draft.bodyMarkdown(), now)));
		if (existing.isEmpty() && !tag.equals(page.getSourceLocale())) {
			this.translations.findByPageIdAndLocale(pageId, page.getSourceLocale())
				.flatMap((source) -> this.revisions.latest(PAGE, source))
				.ifPresent((revision) -> translation.markTranslated(page.getSourceLocale(), revision.getId(), false));
		}
		translation.saveDraft(draft.title().strip(), draft.slug(), clean(draft.summary()), draft.bodyMarkdown(),
				actor.accountId(), now);
		this.revisions.record(PAGE, translation, actor.accountId(), actor.email(), clean(draft.note()),
				draft.minorChange());
		this.translations.flush();
		publish(actor, page, translation, existing.isPresent() ? "SAVED" : "TRANSLATION_CREATED");
		return translation.getVersion();
	}

	public void submitForReview(Actor actor, Long pageId, String locale, long loadedVersion) {
		requireRole(actor, StaffRole.EDITOR);
		ContentPageTranslation translation = current(actor, pageId, locale, loadedVersion);
		if (translation.getState() != TranslationState.DRAFT) {
			throw new ContentRuleException(null, "content.error.not-a-draft");
		}
		translation.submitForReview(this.clock.instant());
		publish(actor, this.pages.getReferenceById(pageId), translation, "SUBMITTED");
	}

	/**
	 * Publishes the working copy now: reviewers and admins, and not one's own edit where
	 * four eyes apply.
	 */
	public void publish(Actor actor, Long pageId, String locale, long loadedVersion) {
		requireRole(actor, StaffRole.REVIEWER);
		ContentPageTranslation translation = current(actor, pageId, locale, loadedVersion);
		ContentPage page = this.pages.getReferenceById(pageId);
		if (translation.getState() == TranslationState.PUBLISHED) {
			throw new ContentRuleException(null, "content.error.already-published");
		}
		if (fourEyes(page) && Objects.equals(translation.getLastEditorId(), actor.accountId())) {
			throw new ContentRuleException(null, "content.error.four-eyes");
		}
		makeLive(translation, this.clock.instant());
		publish(actor, page, translation, "PUBLISHED");
	}

	public void unpublish(Actor actor, Long pageId, String locale, long loadedVersion) {
		requireRole(actor, StaffRole.REVIEWER);
		ContentPageTranslation translation = current(actor, pageId, locale, loadedVersion);
		if (!translation.isLive()) {
			throw new ContentRuleException(null, "content.error.not-published");
		}
		translation.unpublish(this.clock.instant());
		publish(actor, this.pages.getReferenceById(pageId), translation, "UNPUBLISHED");
	}

	/**
	 * Sets (or clears, with nulls) when the working copy goes online and when it comes
	 * off.
	 */
	public void schedule(Actor actor, Long pageId, String locale, Instant publishAt, Instant unpublishAt,
			long loadedVersion) {
		requireRole(actor, StaffRole.REVIEWER);
		ContentPageTranslation translation = current(actor, pageId, locale, loadedVersion);
		Instant now = this.clock.instant();
		if ((publishAt != null && !publishAt.isAfter(now)) || (unpublishAt != null && !unpublishAt.isAfter(now))) {
			throw new ContentRuleException("publishAt", "content.error.schedule-in-past");
		}
		if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
			throw new ContentRuleException("unpublishAt", "content.error.schedule-order");
		}
		ContentPage page = this.pages.getReferenceById(pageId);
		if (publishAt != null && fourEyes(page) && Objects.equals(translation.getLastEditorId(), actor.accountId())) {
			throw new ContentRuleException(null, "content.error.four-eyes");
		}
		translation.schedule(publishAt, unpublishAt, now);
		publish(actor, page, translation, "SCHEDULED");
	}

	/** Publishes and unpublishes what is due by the clock; returns how many changed. */
	public int runSchedule() {
		Instant now = this.clock.instant();
		int changed = 0;
		for (ContentPageTranslation due : this.translations.findByPublishAtLessThanEqual(now)) {
			makeLive(due, now);
			publishSystem(due, "PUBLISHED_ON_SCHEDULE", now);
			changed++;
		}
		for (ContentPageTranslation due : this.translations.findByUnpublishAtLessThanEqual(now)) {
			if (due.isLive()) {
				due.unpublish(now);
				publishSystem(due, "UNPUBLISHED_ON_SCHEDULE", now);
				changed++;
			}
			else {
				due.schedule(due.getPublishAt(), null, now);
			}
		}
		return changed;
	}

	public void moveToTrash(Actor actor, Long pageId) {
		requireRole(actor, StaffRole.EDITOR);
		ContentPage page = pageInScope(actor, pageId);
		page.moveToTrash(this.clock.instant());
		publishRoot(actor, page, "MOVED_TO_TRASH");
	}

	@Transactional(readOnly = true)
	public List<EditorialRow> listTrash(Actor actor) {
		Map<Long, String> topicTitles = topicTitles();
		List<ContentPage> trashed = this.pages.findByDeletedAtIsNotNullOrderByDeletedAtDesc()
			.stream()
			.filter((page) -> actor.canWorkOn(page.getCountryScope(), page.getOrganizationId()))
			.toList();
		Map<Long, List<ContentPageTranslation>> texts = this.translations
			.findByPageIdIn(trashed.stream().map(ContentPage::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ContentPageTranslation::getPageId));
		return trashed.stream()
			.flatMap((page) -> texts.getOrDefault(page.getId(), List.of())
				.stream()
				.map((translation) -> new EditorialRow(page.getId(), translation.getLocale(), translation.getTitle(),
						topicTitles.get(page.getTopicId()), page.getCountryScope(), translation.getState(),
						translation.isLive(), translation.isAwaitingNativeReview(), page.getDeletedAt())))
			.toList();
	}

	public void restoreFromTrash(Actor actor, Long pageId) {
		requireRole(actor, StaffRole.EDITOR);
		ContentPage page = this.pages.findById(pageId)
			.filter((candidate) -> actor.canWorkOn(candidate.getCountryScope(), candidate.getOrganizationId()))
			.filter(ContentPage::isDeleted)
			.orElseThrow(ContentNotFoundException::page);
		page.restoreFromTrash(this.clock.instant());
		publishRoot(actor, page, "RESTORED");
	}

	/**
	 * Deletes a page in the trash for good, with its translations and revisions: admins
	 * only.
	 */
	public void purge(Actor actor, Long pageId) {
		requireRole(actor, StaffRole.ADMIN);
		ContentPage page = this.pages.findById(pageId)
			.filter(ContentPage::isDeleted)
			.orElseThrow(ContentNotFoundException::page);
		List<ContentPageTranslation> texts = this.translations.findByPageIdIn(List.of(pageId));
		texts.forEach((translation) -> {
			translation.unpublish(this.clock.instant());
			translation.markTranslated(translation.getTranslatedFrom(), null, translation.isAwaitingNativeReview());
		});
		this.translations.flush();
		texts.forEach((translation) -> this.revisionRepository.deleteAll(this.revisions.list(PAGE, translation)));
		this.translations.deleteAll(texts);
		this.aliases.deleteBySubjectTypeAndSubjectId(PAGE.name(), pageId);
		this.pages.delete(page);
		publishRoot(actor, page, "PURGED");
	}

	@Transactional(readOnly = true)
	public List<RevisionSummary> listRevisions(Actor actor, Long pageId, String locale) {
		ContentPageTranslation translation = translationInScope(actor, pageId, locale);
		return this.revisions.list(PAGE, translation)
			.stream()
			.map((revision) -> summary(translation, revision))
			.toList();
	}

	@Transactional(readOnly = true)
	public RevisionView getRevision(Actor actor, Long pageId, String locale, Long revisionId) {
		ContentPageTranslation translation = translationInScope(actor, pageId, locale);
		TranslationRevision revision = revisionOf(translation, revisionId);
		return new RevisionView(summary(translation, revision), textOf(revision),
				MarkdownRenderer.toSafeHtml(revision.getBodyMarkdown()));
	}

	/** The word-level differences of title, summary and body between two revisions. */
	@Transactional(readOnly = true)
	public Map<String, List<WordDiff.Segment>> compareRevisions(Actor actor, Long pageId, String locale, Long fromId,
			Long toId) {
		ContentPageTranslation translation = translationInScope(actor, pageId, locale);
		TranslationRevision from = revisionOf(translation, fromId);
		TranslationRevision to = revisionOf(translation, toId);
		Map<String, List<WordDiff.Segment>> differences = new LinkedHashMap<>();
		differences.put("title", WordDiff.compare(from.getTitle(), to.getTitle()));
		differences.put("summary", WordDiff.compare(from.getSummary(), to.getSummary()));
		differences.put("body", WordDiff.compare(from.getBodyMarkdown(), to.getBodyMarkdown()));
		return differences;
	}

	/** Makes an old revision's text the working copy again, as a new revision. */
	public long restoreRevision(Actor actor, Long pageId, String locale, Long revisionId, long loadedVersion) {
		ContentPageTranslation translation = translationInScope(actor, pageId, locale);
		TranslationRevision revision = revisionOf(translation, revisionId);
		return saveTranslation(
				actor, pageId, locale, new TranslationDraft(revision.getTitle(), revision.getSlug(),
						revision.getSummary(), revision.getBodyMarkdown(), "#" + revision.getRevisionNumber(), false),
				loadedVersion);
	}

	@Transactional(readOnly = true)
	public boolean isFourEyesRequired(CountryScope country) {
		return this.settings.findById(country).map(CountrySetting::isFourEyes).orElse(false);
	}

	public void setFourEyesRequired(Actor actor, CountryScope country, boolean required) {
		requireRole(actor, StaffRole.ADMIN);
		CountrySetting setting = this.settings.findById(country).orElseThrow(ContentNotFoundException::page);
		setting.setFourEyes(required, this.clock.instant());
		this.events.publishEvent(new ContentChanged("COUNTRY_SETTING", null, null, "FOUR_EYES_" + required,
				country.name(), actor.accountId(), actor.email(), this.clock.instant()));
	}

	private void makeLive(ContentPageTranslation translation, Instant now) {
		String previousSlug = translation.getPublishedSlug();
		if (previousSlug != null && !previousSlug.equals(translation.getSlug()) && !this.aliases
			.existsBySubjectTypeAndLocaleAndSlug(PAGE.name(), translation.getLocale(), previousSlug)) {
			this.aliases.save(new SlugAlias(PAGE, translation.getPageId(), translation.getLocale(), previousSlug, now));
		}
		Long revisionId = this.revisions.latest(PAGE, translation).map(TranslationRevision::getId).orElse(null);
		translation.publish(revisionId, now);
	}

	private boolean fourEyes(ContentPage page) {
		return isFourEyesRequired(page.getCountryScope());
	}

	private ContentPageTranslation current(Actor actor, Long pageId, String locale, long loadedVersion) {
		ContentPageTranslation translation = translationInScope(actor, pageId, locale);
		if (translation.getVersion() != loadedVersion) {
			throw new EditConflictException(textOf(translation), translation.getVersion(), lastAuthor(translation));
		}
		return translation;
	}

	private ContentPageTranslation translationInScope(Actor actor, Long pageId, String locale) {
		pageInScope(actor, pageId);
		return this.translations.findByPageIdAndLocale(pageId, requireLocale(locale))
			.orElseThrow(ContentNotFoundException::page);
	}

	/**
	 * The page, if it exists, is not in the trash and the actor may work on it; else not
	 * found or denied.
	 */
	private ContentPage pageInScope(Actor actor, Long pageId) {
		requireRole(actor, StaffRole.EDITOR);
		ContentPage page = this.pages.findById(pageId)
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(ContentNotFoundException::page);
		if (!actor.canWorkOn(page.getCountryScope(), page.getOrganizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		return page;
	}

	private TranslationRevision revisionOf(ContentPageTranslation translation, Long revisionId) {
		return this.revisionRepository.findById(revisionId)
			.filter((revision) -> revision.getTranslationId().equals(translation.getId()))
			.orElseThrow(ContentNotFoundException::page);
	}

	private void checkDraft(TranslationDraft draft, String locale, Long translationId) {
		if (!StringUtils.hasText(draft.title())) {
			throw new ContentRuleException("title", "content.error.title-required");
		}
		if (draft.title().strip().length() > TranslationDraft.MAX_TITLE) {
			throw new ContentRuleException("title", "content.error.title-too-long");
		}
		if (!Slugs.isValid(draft.slug())) {
			throw new ContentRuleException("slug", "content.error.slug-invalid");
		}
		if (draft.summary() != null && draft.summary().length() > TranslationDraft.MAX_SUMMARY) {
			throw new ContentRuleException("summary", "content.error.summary-too-long");
		}
		if (draft.bodyMarkdown() == null || draft.bodyMarkdown().length() > TranslationDraft.MAX_BODY) {
			throw new ContentRuleException("bodyMarkdown", "content.error.body-too-long");
		}
		if (draft.note() != null && draft.note().length() > TranslationDraft.MAX_NOTE) {
			throw new ContentRuleException("note", "content.error.note-too-long");
		}
		boolean taken = this.translations.findBySlugOrPublishedSlug(draft.slug(), draft.slug())
			.stream()
			.anyMatch((other) -> other.getLocale().equals(locale) && !other.getId().equals(translationId));
		if (taken) {
			throw new ContentRuleException("slug", "content.error.slug-taken");
		}
	}

	private String requireLocale(String locale) {
		return this.siteLocales.find(locale)
			.map((siteLocale) -> siteLocale.tag())
			.orElseThrow(ContentNotFoundException::page);
	}

	private Map<Long, String> topicTitles() {
		List<Topic> all = this.topics.findAll();
		Map<Long, List<TopicTranslation>> texts = this.topicTranslations
			.findByTopicIdIn(all.stream().map(Topic::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(TopicTranslation::getTopicId));
		Map<Long, String> titles = new HashMap<>();
		String tag = LocaleContextHolder.getLocale().toLanguageTag();
		for (Topic topic : all) {
			this.siteLocales
				.pickBest(this.siteLocales.find(tag).orElseGet(this.siteLocales::defaultLocale),
						texts.getOrDefault(topic.getId(), List.of()), TopicTranslation::getLocale)
				.ifPresent((text) -> titles.put(topic.getId(), text.getTitle()));
		}
		return titles;
	}

	private EditableTranslation editable(ContentPage page, ContentPageTranslation translation, String topicTitle) {
		return new EditableTranslation(page.getId(), translation.getLocale(), true, textOf(translation),
				translation.getVersion(), translation.getState(), translation.isLive(), translation.getPublishedSlug(),
				translation.getPublishAt(), translation.getUnpublishAt(), page.getCountryScope(),
				page.getOrganizationId(), topicTitle, translation.isAwaitingNativeReview());
	}

	private RevisionSummary summary(ContentPageTranslation translation, TranslationRevision revision) {
		return new RevisionSummary(revision.getId(), revision.getRevisionNumber(), revision.getCreatedAt(),
				revision.getAuthorEmail(), revision.getNote(), revision.isMinorChange(),
				revision.getId().equals(translation.getPublishedRevisionId()));
	}

	private String lastAuthor(ContentPageTranslation translation) {
		return this.revisions.latest(PAGE, translation).map(TranslationRevision::getAuthorEmail).orElse(null);
	}

	private static TranslationDraft textOf(TranslatedText translation) {
		return new TranslationDraft(translation.getTitle(), translation.getSlug(), translation.getSummary(),
				translation.getBodyMarkdown(), "", false);
	}

	private static TranslationDraft textOf(TranslationRevision revision) {
		return new TranslationDraft(revision.getTitle(), revision.getSlug(), revision.getSummary(),
				revision.getBodyMarkdown(), revision.getNote(), revision.isMinorChange());
	}

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static void requireRole(Actor actor, StaffRole role) {
		if (actor == null || !actor.hasRole(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

	private void publish(Actor actor, ContentPage page, ContentPageTranslation translation, String action) {
		this.events.publishEvent(new ContentChanged(PAGE.name(), page.getId(), translation.getLocale(), action,
				translation.getTitle(), actor.accountId(), actor.email(), this.clock.instant()));
	}

	private void publishRoot(Actor actor, ContentPage page, String action) {
		this.events.publishEvent(new ContentChanged(PAGE.name(), page.getId(), null, action, page.getContentKey(),
				actor.accountId(), actor.email(), this.clock.instant()));
	}

	private void publishSystem(ContentPageTranslation translation, String action, Instant now) {
		this.events.publishEvent(new ContentChanged(PAGE.name(), translation.getPageId(), translation.getLocale(),
				action, translation.getTitle(), null, null, now));
	}

}
