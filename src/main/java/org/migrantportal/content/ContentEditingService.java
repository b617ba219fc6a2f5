package org.migrantportal.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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

	/** The kinds of content that go to the trash and come back from it. */
	private static final List<ContentKind> TRASHABLE = List.of(ContentKind.PAGE, ContentKind.NEWS);

	/** The most rows the editors' list returns. */
	public static final int MAX_ROWS = 500;

	private final ContentPageRepository pages;

	private final TopicRepository topics;

	private final TopicTranslationRepository topicTranslations;

	private final TranslationRevisions revisions;

	private final TranslationRevisionRepository revisionRepository;

	private final SlugAliasRepository aliases;

	private final CountrySettingRepository settings;

	private final SiteLocales siteLocales;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ContentStores stores;

	private final OutdatedTranslations outdated;

	private final NewsItemRepository news;

	ContentEditingService(NewsItemRepository news, ContentStores stores, OutdatedTranslations outdated,
			ContentPageRepository pages, TopicRepository topics, TopicTranslationRepository topicTranslations,
			TranslationRevisions revisions, TranslationRevisionRepository revisionRepository,
			SlugAliasRepository aliases, CountrySettingRepository settings, SiteLocales siteLocales,
			ApplicationEventPublisher events, Clock clock) {
		this.pages = pages;
		this.topics = topics;
		this.topicTranslations = topicTranslations;
		this.revisions = revisions;
		this.revisionRepository = revisionRepository;
		this.aliases = aliases;
		this.settings = settings;
		this.siteLocales = siteLocales;
		this.events = events;
		this.clock = clock;
		this.stores = stores;
		this.outdated = outdated;
		this.news = news;
	}

	/**
	 * The translations of one kind of content the actor may work on, filtered, newest
	 * change first.
	 */
	@Transactional(readOnly = true)
	public List<EditorialRow> list(Actor actor, ContentKind kind, EditorialFilter filter) {
		requireRole(actor, StaffRole.TRANSLATOR);
		return rows(actor, this.stores.of(kind), false, filter);
	}

	/**
	 * The working text (draft, in review or published) of every page and news translation
	 * the actor may work on, outside the trash, for the back-office search; each with its
	 * back-office path.
	 */
	@Transactional(readOnly = true)
	public List<ContentSearchEntry> workingTexts(Actor actor) {
		requireRole(actor, StaffRole.TRANSLATOR);
		List<ContentSearchEntry> entries = new ArrayList<>();
		for (ContentKind kind : List.of(ContentKind.PAGE, ContentKind.NEWS)) {
			workingTexts(actor, this.stores.of(kind), entries);
		}
		return entries;
	}

	private <T extends TranslatedText> void workingTexts(Actor actor, TranslationStore<T> store,
			List<ContentSearchEntry> entries) {
		Map<Long, TranslationStore.RootFacts> byId = store.roots(false)
			.stream()
			.filter((root) -> actor.canWorkOn(root.country(), root.organizationId()))
			.collect(Collectors.toMap(TranslationStore.RootFacts::id, Function.identity()));
		for (T text : store.translationsOf(byId.keySet())) {
			TranslationStore.RootFacts root = byId.get(store.rootId(text));
			entries.add(new ContentSearchEntry(store.kind(), root.id(), text.getLocale(), root.country(),
					text.getTitle(), (text.getSummary() != null) ? text.getSummary() : "",
					ContentSearchEntries.plainText(text.getBodyHtml()),
					"/admin/" + store.kind().segment() + "/" + root.id() + "/" + text.getLocale(),
					text.getUpdatedAt()));
		}
	}

	private <T extends TranslatedText> List<EditorialRow> rows(Actor actor, TranslationStore<T> store, boolean inTrash,
			EditorialFilter filter) {
		Map<Long, TranslationStore.RootFacts> byId = store.roots(inTrash)
			.stream()
			.filter((root) -> actor.canWorkOn(root.country(), root.organizationId()))
			.filter((root) -> filter.country() == null || root.country() == filter.country())
			.filter((root) -> filter.topicId() == null || filter.topicId().equals(root.topicId()))
			.collect(Collectors.toMap(TranslationStore.RootFacts::id, Function.identity()));
		Map<Long, String> topicTitles = topicTitles();
		String text = StringUtils.hasText(filter.text()) ? filter.text().strip().toLowerCase(Locale.ROOT) : null;
		return store.translationsOf(byId.keySet())
			.stream()
			.filter((translation) -> filter.state() == null || translation.getState() == filter.state())
			.filter((translation) -> filter.locale() == null || translation.getLocale().equals(filter.locale()))
			.filter((translation) -> text == null || translation.getTitle().toLowerCase(Locale.ROOT).contains(text)
					|| translation.getSlug().contains(text))
			.map((translation) -> {
				TranslationStore.RootFacts root = byId.get(store.rootId(translation));
				return new EditorialRow(store.kind(), root.id(), translation.getLocale(), translation.getTitle(),
						topicTitles.get(root.topicId()), root.country(), translation.getState(), translation.isLive(),
						translation.isAwaitingNativeReview(),
						inTrash ? root.entity().getDeletedAt() : translation.getUpdatedAt());
			})
			.sorted(Comparator.comparing(EditorialRow::updatedAt).reversed())
			.limit(MAX_ROWS)
			.toList();
	}

	/**
	 * The translation dashboard of the topics, pages and news the actor may work on,
	 * optionally only one kind and one country, and only rows with a cell in the given
	 * status.
	 */
	@Transactional(readOnly = true)
	public TranslationDashboard translationDashboard(Actor actor, ContentKind kind, CountryScope country,
			TranslationStatus status) {
		requireRole(actor, StaffRole.TRANSLATOR);
		List<String> tags = this.siteLocales.all().stream().map((locale) -> locale.tag()).toList();
		List<TranslationDashboard.Row> rows = new ArrayList<>();
		for (ContentKind each : List.of(ContentKind.TOPIC, ContentKind.PAGE, ContentKind.NEWS)) {
			if (kind == null || kind == each) {
				rows.addAll(dashboardRows(actor, this.stores.of(each), country, tags));
			}
		}
		List<TranslationDashboard.Row> shown = rows.stream()
			.filter((row) -> status == null
					|| row.cells().values().stream().anyMatch((cell) -> cell.status() == status))
			.toList();
		Map<String, Map<TranslationStatus, Integer>> counts = new LinkedHashMap<>();
		Map<String, Integer> progress = new LinkedHashMap<>();
		for (String tag : tags) {
			Map<TranslationStatus, Integer> perStatus = new EnumMap<>(TranslationStatus.class);
			for (TranslationStatus each : TranslationStatus.values()) {
				perStatus.put(each, 0);
			}
			shown.forEach((row) -> perStatus.merge(row.cells().get(tag).status(), 1, Integer::sum));
			counts.put(tag, perStatus);
			progress.put(tag, shown.isEmpty() ? 0
					: (int) Math.round(100.0 * perStatus.get(TranslationStatus.PUBLISHED) / shown.size()));
		}
		return new TranslationDashboard(tags, shown, counts, progress);
	}

	private <T extends TranslatedText> List<TranslationDashboard.Row> dashboardRows(Actor actor,
			TranslationStore<T> store, CountryScope country, List<String> tags) {
		List<TranslationStore.RootFacts> visible = store.roots(false)
			.stream()
			.filter((root) -> actor.canWorkOn(root.country(), root.organizationId()))
			.filter((root) -> country == null || root.country() == country)
			.sorted(Comparator.comparing(TranslationStore.RootFacts::topicId, Comparator.nullsFirst(Long::compareTo))
				.thenComparing((root) -> root.entity().getPosition())
				.thenComparing(TranslationStore.RootFacts::id))
			.toList();
		Map<Long, List<T>> texts = store.translationsOf(visible.stream().map(TranslationStore.RootFacts::id).toList())
			.stream()
			.collect(Collectors.groupingBy(store::rootId));
		return visible.stream()
			.map((root) -> dashboardRow(store.kind(), root.id(), root.sourceLocale(),
					texts.getOrDefault(root.id(), List.of()), tags))
			.toList();
	}

	private <T extends TranslatedText> TranslationDashboard.Row dashboardRow(ContentKind kind, Long id,
			String sourceLocale, List<T> translations, List<String> tags) {
		T source = translations.stream()
			.filter((translation) -> translation.getLocale().equals(sourceLocale))
			.findFirst()
			.orElse(null);
		Map<String, TranslationDashboard.Cell> cells = new LinkedHashMap<>();
		for (String tag : tags) {
			T translation = translations.stream()
				.filter((candidate) -> candidate.getLocale().equals(tag))
				.findFirst()
				.orElse(null);
			cells.put(tag,
					(translation != null)
							? new TranslationDashboard.Cell(status(kind, translation, source),
									translation.isAwaitingNativeReview())
							: new TranslationDashboard.Cell(TranslationStatus.MISSING, false));
		}
		String title = (source != null) ? source.getTitle()
				: translations.stream().findFirst().map(TranslatedText::getTitle).orElse("#" + id);
		return new TranslationDashboard.Row(kind, id, title, cells);
	}

	private TranslationStatus status(ContentKind kind, TranslatedText translation, TranslatedText source) {
		if (translation.isLive() && this.outdated.outdatedSince(kind.subjectType(), translation, source).isPresent()) {
			return TranslationStatus.OUTDATED;
		}
		return switch (translation.getState()) {
			case DRAFT -> TranslationStatus.DRAFT;
			case IN_REVIEW -> TranslationStatus.IN_REVIEW;
			case PUBLISHED -> TranslationStatus.PUBLISHED;
			case ARCHIVED -> TranslationStatus.UNPUBLISHED;
		};
	}

	/** The id of the latest revision of a translation, if it has one. */
	@Transactional(readOnly = true)
	public Long latestRevisionId(Actor actor, ContentKind kind, Long id, String locale) {
		return latestRevision(actor, this.stores.of(kind), id, locale);
	}

	private <T extends TranslatedText> Long latestRevision(Actor actor, TranslationStore<T> store, Long id,
			String locale) {
		T translation = translationInScope(actor, store, id, locale);
		return this.revisions.latest(store.kind().subjectType(), translation)
			.map(TranslationRevision::getId)
			.orElse(null);
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
	public EditableTranslation getTranslation(Actor actor, ContentKind kind, Long id, String locale) {
		return editable(actor, this.stores.of(kind), id, locale);
	}

	private <T extends TranslatedText> EditableTranslation editable(Actor actor, TranslationStore<T> store, Long id,
			String locale) {
		TranslationStore.RootFacts root = rootInScope(actor, store, id);
		String topicTitle = topicTitles().get(root.topicId());
		Optional<T> translation = store.find(id, locale);
		SourceText source = locale.equals(root.sourceLocale()) ? null
				: store.find(id, root.sourceLocale())
					.flatMap((sourceTranslation) -> sourceText(store, sourceTranslation, translation.orElse(null)))
					.orElse(null);
		return translation
			.map((existing) -> new EditableTranslation(store.kind(), id, existing.getLocale(), true, textOf(existing),
					existing.getVersion(), existing.getState(), existing.isLive(), existing.getPublishedSlug(),
					existing.getPublishAt(), existing.getUnpublishAt(), root.country(), root.organizationId(),
					topicTitle, existing.isAwaitingNativeReview(), source))
			.orElseGet(() -> new EditableTranslation(store.kind(), id, locale, false,
					new TranslationDraft("", "", "", "", "", false), 0, TranslationState.DRAFT, false, null, null, null,
					root.country(), root.organizationId(), topicTitle, false, source));
	}

	/**
	 * The source text to translate from (its published revision), and what changed in it
	 * since.
	 */
	private <T extends TranslatedText> Optional<SourceText> sourceText(TranslationStore<T> store, T source,
			T translation) {
		Long shownId = sourceRevision(store, source, null);
		if (shownId == null) {
			return Optional.empty();
		}
		TranslationRevision shown = this.revisionRepository.findById(shownId).orElseThrow();
		boolean outdated = translation != null
				&& this.outdated.outdatedSince(store.kind().subjectType(), translation, source).isPresent();
		List<WordDiff.Segment> changes = List.of();
		if (outdated && translation.getSourceRevisionId() != null) {
			changes = this.revisionRepository.findById(translation.getSourceRevisionId())
				.map((madeFrom) -> WordDiff.compareParagraphs(madeFrom.getBodyMarkdown(), shown.getBodyMarkdown()))
				.orElse(List.of());
		}
		return Optional.of(new SourceText(source.getLocale(), shown.getTitle(), shown.getSummary(),
				shown.getBodyMarkdown(), shown.getId(), outdated, changes));
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
		checkDraft(this.stores.of(ContentKind.PAGE), request.draft(), locale, null);
		Instant now = this.clock.instant();
		ContentPage page = this.pages
			.save(new ContentPage("page-" + UUID.randomUUID(), topic.getId(), request.country(), 1000, locale, now));
		page.setOrganizationId(organizationId);
		this.pages.flush();
		saveTranslation(actor, ContentKind.PAGE, page.getId(), locale, request.draft(), 0);
		return page.getId();
	}

	/** Creates a news item with its first translation, as a draft. */
	public Long createNews(Actor actor, NewsDetails details, String locale, TranslationDraft draft) {
		requireRole(actor, StaffRole.EDITOR);
		Long organizationId = actor.restrictedToOrganization() ? actor.organizationId() : null;
		checkNewsDetails(actor, details, organizationId);
		String tag = requireLocale(locale);
		checkDraft(this.stores.of(ContentKind.NEWS), draft, tag, null);
		NewsItem item = this.news.save(new NewsItem("news-" + UUID.randomUUID(), details.country(), details.date(),
				details.featured(), 0, tag, this.clock.instant()));
		item.setOrganizationId(organizationId);
		item.changeDetails(details.country(), details.date(), details.featured(), cleanReference(details.coverImage()),
				this.clock.instant());
		this.news.flush();
		saveTranslation(actor, ContentKind.NEWS, item.getId(), tag, draft, 0);
		return item.getId();
	}

	/**
	 * The language-neutral facts of a news item: country, date, featured, cover image.
	 */
	@Transactional(readOnly = true)
	public NewsDetails getNewsDetails(Actor actor, Long id) {
		NewsItem item = newsInScope(actor, id);
		return new NewsDetails(item.getCountryScope(), item.getNewsDate(), item.isFeatured(), item.getCoverImage(),
				item.getVersion());
	}

	/**
	 * Changes the language-neutral facts of a news item, if nobody changed them since
	 * {@code details.version()} was loaded; they show at once wherever the item is
	 * public.
	 */
	public void updateNewsDetails(Actor actor, Long id, NewsDetails details) {
		requireRole(actor, StaffRole.EDITOR);
		NewsItem item = newsInScope(actor, id);
		if (item.getVersion() != details.version()) {
			throw new ContentRuleException(null, "content.error.stale-details");
		}
		checkNewsDetails(actor, details, item.getOrganizationId());
		item.changeDetails(details.country(), details.date(), details.featured(), cleanReference(details.coverImage()),
				this.clock.instant());
		this.news.flush();
		rootChanged(actor, ContentKind.NEWS, item, "DETAILS_CHANGED");
	}

	private NewsItem newsInScope(Actor actor, Long id) {
		return (NewsItem) rootInScope(actor, this.stores.of(ContentKind.NEWS), id).entity();
	}

	private void checkNewsDetails(Actor actor, NewsDetails details, Long organizationId) {
		if (details.country() == null) {
			throw new ContentRuleException("country", "content.error.country-required");
		}
		if (!actor.canWorkOn(details.country(), organizationId)) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(details.country().zone()));
		if (details.date() != null
				&& (details.date().isBefore(NewsDetails.EARLIEST_DATE) || details.date().isAfter(today.plusYears(1)))) {
			throw new ContentRuleException("date", "content.error.news-date-out-of-range");
		}
		if (!NewsDetails.isValidCoverImage(details.coverImage())) {
			throw new ContentRuleException("coverImage", "content.error.cover-image-invalid");
		}
	}

	private static String cleanReference(String reference) {
		return StringUtils.hasText(reference) ? reference.strip() : null;
	}

	/**
	 * Creates a topic with its first translation, as a draft: IOM staff only, not partner
	 * NGOs.
	 */
	public Long createTopic(Actor actor, String locale, TranslationDraft draft) {
		requireRole(actor, StaffRole.EDITOR);
		if (!actor.canWorkOn(CountryScope.BOTH, null)) {
			throw new AccessDeniedException("Topics are shared by every organization");
		}
		String tag = requireLocale(locale);
		checkDraft(this.stores.of(ContentKind.TOPIC), draft, tag, null);
		Topic topic = this.topics.save(new Topic("topic-" + UUID.randomUUID(), 1000, tag, this.clock.instant()));
		this.topics.flush();
		saveTranslation(actor, ContentKind.TOPIC, topic.getId(), tag, draft, 0);
		return topic.getId();
	}

	/**
	 * Saves the editor's text as a new draft revision, if nobody saved since they loaded
	 * {@code loadedVersion}; otherwise nothing changes and an
	 * {@link EditConflictException} carries the stored text. A translation that does not
	 * exist yet is created.
	 */
	public long saveTranslation(Actor actor, ContentKind kind, Long id, String locale, TranslationDraft draft,
			long loadedVersion) {
		return save(actor, this.stores.of(kind), id, locale, draft, loadedVersion);
	}

	private <T extends TranslatedText> long save(Actor actor, TranslationStore<T> store, Long id, String locale,
			TranslationDraft draft, long loadedVersion) {
		TranslationStore.RootFacts root = rootInScope(actor, store, id);
		String tag = requireLocale(locale);
		requireWriteIn(actor, root, tag);
		Optional<T> existing = store.find(id, tag);
		if (existing.isPresent() && existing.get().getVersion() != loadedVersion) {
			T stored = existing.get();
			throw new EditConflictException(textOf(stored), stored.getVersion(), lastAuthor(store, stored));
		}
		checkDraft(store, draft, tag, existing.map(TranslatedText::getId).orElse(null));
		Instant now = this.clock.instant();
		T translation = existing.orElseGet(() -> store.create(id, tag, draft, now));
		if (!tag.equals(root.sourceLocale()) && (existing.isEmpty() || draft.basedOnSourceRevision() != null)) {
			// a translation records the source revision it was made from, so it is known
			// to be
			// outdated when the source changes again
			store.find(id, root.sourceLocale())
				.ifPresent((source) -> translation.markTranslated(root.sourceLocale(),
						sourceRevision(store, source, draft.basedOnSourceRevision()),
						translation.isAwaitingNativeReview()));
		}
		translation.saveDraft(draft.title().strip(), draft.slug(), clean(draft.summary()), draft.bodyMarkdown(),
				actor.accountId(), now);
		this.revisions.record(store.kind().subjectType(), translation, actor.accountId(), actor.email(),
				clean(draft.note()), draft.minorChange());
		store.flush();
		changed(actor, store, translation, existing.isPresent() ? "SAVED" : "TRANSLATION_CREATED");
		return translation.getVersion();
	}

	public void submitForReview(Actor actor, ContentKind kind, Long id, String locale, long loadedVersion) {
		requireRole(actor, StaffRole.TRANSLATOR);
		submit(actor, this.stores.of(kind), id, locale, loadedVersion);
	}

	private <T extends TranslatedText> void submit(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = current(actor, store, id, locale, loadedVersion);
		requireWriteIn(actor, store.findRoot(id).orElseThrow(ContentNotFoundException::page), translation.getLocale());
		if (translation.getState() != TranslationState.DRAFT) {
			throw new ContentRuleException(null, "content.error.not-a-draft");
		}
		translation.submitForReview(this.clock.instant());
		changed(actor, store, translation, "SUBMITTED");
	}

	/**
	 * Publishes the working copy now: reviewers and admins, and not one's own edit where
	 * four eyes apply.
	 */
	public void publish(Actor actor, ContentKind kind, Long id, String locale, long loadedVersion) {
		requireRole(actor, StaffRole.REVIEWER);
		publishNow(actor, this.stores.of(kind), id, locale, loadedVersion);
	}

	private <T extends TranslatedText> void publishNow(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = current(actor, store, id, locale, loadedVersion);
		if (translation.getState() == TranslationState.PUBLISHED) {
			throw new ContentRuleException(null, "content.error.already-published");
		}
		checkFourEyes(actor, store, id, translation);
		makeLive(store, translation, this.clock.instant());
		changed(actor, store, translation, "PUBLISHED");
	}

	public void unpublish(Actor actor, ContentKind kind, Long id, String locale, long loadedVersion) {
		requireRole(actor, StaffRole.REVIEWER);
		takeOffline(actor, this.stores.of(kind), id, locale, loadedVersion);
	}

	private <T extends TranslatedText> void takeOffline(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = current(actor, store, id, locale, loadedVersion);
		if (!translation.isLive()) {
			throw new ContentRuleException(null, "content.error.not-published");
		}
		translation.unpublish(this.clock.instant());
		changed(actor, store, translation, "UNPUBLISHED");
	}

	/**
	 * Flags a translation as made by a machine or a non-native speaker (any editor), or
	 * clears the flag once a native speaker has checked it (reviewers only).
	 */
	public void setAwaitingNativeReview(Actor actor, ContentKind kind, Long id, String locale, boolean awaiting,
			long loadedVersion) {
		requireRole(actor, awaiting ? StaffRole.EDITOR : StaffRole.REVIEWER);
		flagNativeReview(actor, this.stores.of(kind), id, locale, awaiting, loadedVersion);
	}

	private <T extends TranslatedText> void flagNativeReview(Actor actor, TranslationStore<T> store, Long id,
			String locale, boolean awaiting, long loadedVersion) {
		T translation = current(actor, store, id, locale, loadedVersion);
		translation.setAwaitingNativeReview(awaiting, this.clock.instant());
		changed(actor, store, translation, awaiting ? "MARKED_AWAITING_NATIVE_REVIEW" : "NATIVE_REVIEW_CONFIRMED");
	}

	/**
	 * Sets (or clears, with nulls) when the working copy goes online and when it comes
	 * off.
	 */
	public void schedule(Actor actor, ContentKind kind, Long id, String locale, Instant publishAt, Instant unpublishAt,
			long loadedVersion) {
		requireRole(actor, StaffRole.REVIEWER);
		scheduleIn(actor, this.stores.of(kind), id, locale, publishAt, unpublishAt, loadedVersion);
	}

	private <T extends TranslatedText> void scheduleIn(Actor actor, TranslationStore<T> store, Long id, String locale,
			Instant publishAt, Instant unpublishAt, long loadedVersion) {
		T translation = current(actor, store, id, locale, loadedVersion);
		Instant now = this.clock.instant();
		if ((publishAt != null && !publishAt.isAfter(now)) || (unpublishAt != null && !unpublishAt.isAfter(now))) {
			throw new ContentRuleException("publishAt", "content.error.schedule-in-past");
		}
		if (publishAt != null && unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
			throw new ContentRuleException("unpublishAt", "content.error.schedule-order");
		}
		if (publishAt != null) {
			checkFourEyes(actor, store, id, translation);
		}
		translation.schedule(publishAt, unpublishAt, now);
		changed(actor, store, translation, "SCHEDULED");
	}

	/** Publishes and unpublishes what is due by the clock; returns how many changed. */
	public int runSchedule() {
		int changed = 0;
		for (TranslationStore<? extends TranslatedText> store : this.stores.all()) {
			changed += runSchedule(store, this.clock.instant());
		}
		return changed;
	}

	private <T extends TranslatedText> int runSchedule(TranslationStore<T> store, Instant now) {
		int changed = 0;
		for (T due : store.dueToPublish(now)) {
			makeLive(store, due, now);
			changedBySchedule(store, due, "PUBLISHED_ON_SCHEDULE", now);
			changed++;
		}
		for (T due : store.dueToUnpublish(now)) {
			if (due.isLive()) {
				due.unpublish(now);
				changedBySchedule(store, due, "UNPUBLISHED_ON_SCHEDULE", now);
				changed++;
			}
			else {
				due.schedule(due.getPublishAt(), null, now);
			}
		}
		return changed;
	}

	/** Moves a page or a news item to the trash: it leaves the public site at once. */
	public void moveToTrash(Actor actor, ContentKind kind, Long id) {
		requireRole(actor, StaffRole.EDITOR);
		TranslationStore.RootFacts root = rootInScope(actor, trashable(kind), id);
		root.entity().moveToTrash(this.clock.instant());
		rootChanged(actor, kind, root.entity(), "MOVED_TO_TRASH");
	}

	/** The pages and news items in the trash that the actor may work on, newest first. */
	@Transactional(readOnly = true)
	public List<EditorialRow> listTrash(Actor actor) {
		requireRole(actor, StaffRole.EDITOR);
		return TRASHABLE.stream()
			.flatMap((kind) -> rows(actor, this.stores.of(kind), true, EditorialFilter.NONE).stream())
			.sorted(Comparator.comparing(EditorialRow::updatedAt).reversed())
			.toList();
	}

	public void restoreFromTrash(Actor actor, ContentKind kind, Long id) {
		requireRole(actor, StaffRole.EDITOR);
		TranslationStore.RootFacts root = trashable(kind).findAnyRoot(id)
			.filter((candidate) -> actor.canWorkOn(candidate.country(), candidate.organizationId()))
			.filter((candidate) -> candidate.entity().isDeleted())
			.orElseThrow(ContentNotFoundException::page);
		root.entity().restoreFromTrash(this.clock.instant());
		rootChanged(actor, kind, root.entity(), "RESTORED");
	}

	/**
	 * Deletes a page or news item in the trash for good, with its translations, revisions
	 * and old slugs: admins only.
	 */
	public void purge(Actor actor, ContentKind kind, Long id) {
		requireRole(actor, StaffRole.ADMIN);
		purgeFrom(actor, trashable(kind), id);
	}

	private <T extends TranslatedText> void purgeFrom(Actor actor, TranslationStore<T> store, Long id) {
		TranslationStore.RootFacts root = store.findAnyRoot(id)
			.filter((candidate) -> candidate.entity().isDeleted())
			.orElseThrow(ContentNotFoundException::page);
		List<T> texts = store.translationsOf(List.of(id));
		texts.forEach((translation) -> {
			translation.unpublish(this.clock.instant());
			translation.markTranslated(translation.getTranslatedFrom(), null, translation.isAwaitingNativeReview());
		});
		store.flush();
		TranslationRevision.SubjectType type = store.kind().subjectType();
		texts.forEach((translation) -> this.revisionRepository.deleteAll(this.revisions.list(type, translation)));
		store.purge(root, texts);
		this.aliases.deleteBySubjectTypeAndSubjectId(type.name(), id);
		rootChanged(actor, store.kind(), root.entity(), "PURGED");
	}

	/** Topics hold pages, so they do not go to the trash. */
	private TranslationStore<? extends TranslatedText> trashable(ContentKind kind) {
		if (!TRASHABLE.contains(kind)) {
			throw ContentNotFoundException.page();
		}
		return this.stores.of(kind);
	}

	@Transactional(readOnly = true)
	public List<RevisionSummary> listRevisions(Actor actor, ContentKind kind, Long id, String locale) {
		return revisionsOf(actor, this.stores.of(kind), id, locale);
	}

	private <T extends TranslatedText> List<RevisionSummary> revisionsOf(Actor actor, TranslationStore<T> store,
			Long id, String locale) {
		T translation = translationInScope(actor, store, id, locale);
		return this.revisions.list(store.kind().subjectType(), translation)
			.stream()
			.map((revision) -> summary(translation, revision))
			.toList();
	}

	@Transactional(readOnly = true)
	public RevisionView getRevision(Actor actor, ContentKind kind, Long id, String locale, Long revisionId) {
		return revisionView(actor, this.stores.of(kind), id, locale, revisionId);
	}

	private <T extends TranslatedText> RevisionView revisionView(Actor actor, TranslationStore<T> store, Long id,
			String locale, Long revisionId) {
		T translation = translationInScope(actor, store, id, locale);
		TranslationRevision revision = revisionOf(store, translation, revisionId);
		return new RevisionView(summary(translation, revision), textOf(revision),
				MarkdownRenderer.toSafeHtml(revision.getBodyMarkdown()));
	}

	/** The word-level differences of title, summary and body between two revisions. */
	@Transactional(readOnly = true)
	public Map<String, List<WordDiff.Segment>> compareRevisions(Actor actor, ContentKind kind, Long id, String locale,
			Long fromId, Long toId) {
		TranslationRevision from = revisionOf(actor, this.stores.of(kind), id, locale, fromId);
		TranslationRevision to = revisionOf(actor, this.stores.of(kind), id, locale, toId);
		Map<String, List<WordDiff.Segment>> differences = new LinkedHashMap<>();
		differences.put("title", WordDiff.compare(from.getTitle(), to.getTitle()));
		differences.put("summary", WordDiff.compare(from.getSummary(), to.getSummary()));
		differences.put("body", WordDiff.compare(from.getBodyMarkdown(), to.getBodyMarkdown()));
		return differences;
	}

	/** Makes an old revision's text the working copy again, as a new revision. */
	public long restoreRevision(Actor actor, ContentKind kind, Long id, String locale, Long revisionId,
			long loadedVersion) {
		TranslationRevision revision = revisionOf(actor, this.stores.of(kind), id, locale, revisionId);
		return saveTranslation(
				actor, kind, id, locale, new TranslationDraft(revision.getTitle(), revision.getSlug(),
						revision.getSummary(), revision.getBodyMarkdown(), "#" + revision.getRevisionNumber(), false),
				loadedVersion);
	}

	private <T extends TranslatedText> TranslationRevision revisionOf(Actor actor, TranslationStore<T> store, Long id,
			String locale, Long revisionId) {
		return revisionOf(store, translationInScope(actor, store, id, locale), revisionId);
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

	private <T extends TranslatedText> void makeLive(TranslationStore<T> store, T translation, Instant now) {
		String previousSlug = translation.getPublishedSlug();
		String type = store.kind().subjectType().name();
		if (previousSlug != null && !previousSlug.equals(translation.getSlug())
				&& !this.aliases.existsBySubjectTypeAndLocaleAndSlug(type, translation.getLocale(), previousSlug)) {
			this.aliases.save(new SlugAlias(store.kind().subjectType(), store.rootId(translation),
					translation.getLocale(), previousSlug, now));
		}
		Long revisionId = this.revisions.latest(store.kind().subjectType(), translation)
			.map(TranslationRevision::getId)
			.orElse(null);
		translation.publish(revisionId, now);
	}

	/**
	 * The source revision a translator worked from: the one the form names if it belongs
	 * to the source, else the source's published (or latest) revision.
	 */
	private <T extends TranslatedText> Long sourceRevision(TranslationStore<T> store, T source, Long named) {
		if (named != null && this.revisionRepository.findById(named)
			.filter((revision) -> revision.getTranslationId().equals(source.getId())
					&& revision.getSubjectType() == store.kind().subjectType())
			.isPresent()) {
			return named;
		}
		return (source.getPublishedRevisionId() != null) ? source.getPublishedRevisionId()
				: this.revisions.latest(store.kind().subjectType(), source)
					.map(TranslationRevision::getId)
					.orElse(null);
	}

	private <T extends TranslatedText> void checkFourEyes(Actor actor, TranslationStore<T> store, Long id,
			T translation) {
		TranslationStore.RootFacts root = store.findRoot(id).orElseThrow(ContentNotFoundException::page);
		if (isFourEyesRequired(root.country()) && Objects.equals(translation.getLastEditorId(), actor.accountId())) {
			throw new ContentRuleException(null, "content.error.four-eyes");
		}
	}

	private <T extends TranslatedText> T current(Actor actor, TranslationStore<T> store, Long id, String locale,
			long loadedVersion) {
		T translation = translationInScope(actor, store, id, locale);
		if (translation.getVersion() != loadedVersion) {
			throw new EditConflictException(textOf(translation), translation.getVersion(),
					lastAuthor(store, translation));
		}
		return translation;
	}

	private <T extends TranslatedText> T translationInScope(Actor actor, TranslationStore<T> store, Long id,
			String locale) {
		rootInScope(actor, store, id);
		return store.find(id, requireLocale(locale)).orElseThrow(ContentNotFoundException::page);
	}

	/**
	 * The root, if it exists, is not in the trash and the actor may work on it; else not
	 * found or denied.
	 */
	private TranslationStore.RootFacts rootInScope(Actor actor, TranslationStore<?> store, Long id) {
		requireRole(actor, StaffRole.TRANSLATOR);
		TranslationStore.RootFacts root = store.findRoot(id).orElseThrow(ContentNotFoundException::page);
		if (!actor.canWorkOn(root.country(), root.organizationId())) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		return root;
	}

	private static <T extends TranslatedText> TranslationRevision revisionOf(TranslationStore<T> store, T translation,
			Long revisionId, TranslationRevisionRepository repository) {
		return repository.findById(revisionId)
			.filter((revision) -> revision.getTranslationId().equals(translation.getId())
					&& revision.getSubjectType() == store.kind().subjectType())
			.orElseThrow(ContentNotFoundException::page);
	}

	private <T extends TranslatedText> TranslationRevision revisionOf(TranslationStore<T> store, T translation,
			Long revisionId) {
		return revisionOf(store, translation, revisionId, this.revisionRepository);
	}

	private void checkDraft(TranslationStore<?> store, TranslationDraft draft, String locale, Long translationId) {
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
		boolean taken = store.slugHolders(draft.slug())
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

	private static RevisionSummary summary(TranslatedText translation, TranslationRevision revision) {
		return new RevisionSummary(revision.getId(), revision.getRevisionNumber(), revision.getCreatedAt(),
				revision.getAuthorEmail(), revision.getNote(), revision.isMinorChange(),
				revision.getId().equals(translation.getPublishedRevisionId()));
	}

	private String lastAuthor(TranslationStore<?> store, TranslatedText translation) {
		return this.revisions.latest(store.kind().subjectType(), translation)
			.map(TranslationRevision::getAuthorEmail)
			.orElse(null);
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

	/** Translators write only into their target languages, never the source text. */
	private static void requireWriteIn(Actor actor, TranslationStore.RootFacts root, String locale) {
		boolean translator = !actor.hasRole(StaffRole.EDITOR);
		if (!actor.canWriteIn(locale) || (translator && locale.equals(root.sourceLocale()))) {
			throw new AccessDeniedException("Not a language this person writes in");
		}
	}

	private static void requireRole(Actor actor, StaffRole role) {
		if (actor == null || !actor.hasRole(role)) {
			throw new AccessDeniedException("Needs role " + role);
		}
	}

	private <T extends TranslatedText> void changed(Actor actor, TranslationStore<T> store, T translation,
			String action) {
		this.events.publishEvent(new ContentChanged(store.kind().subjectType().name(), store.rootId(translation),
				translation.getLocale(), action, translation.getTitle(), actor.accountId(), actor.email(),
				this.clock.instant()));
	}

	private void rootChanged(Actor actor, ContentKind kind, ContentRoot root, String action) {
		this.events.publishEvent(new ContentChanged(kind.subjectType().name(), root.getId(), null, action,
				root.getContentKey(), actor.accountId(), actor.email(), this.clock.instant()));
	}

	private <T extends TranslatedText> void changedBySchedule(TranslationStore<T> store, T translation, String action,
			Instant now) {
		this.events.publishEvent(new ContentChanged(store.kind().subjectType().name(), store.rootId(translation),
				translation.getLocale(), action, translation.getTitle(), null, null, now));
	}

}
