package org.migrantportal.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrantportal.editorial.WorkItem;
import org.migrantportal.editorial.WorkSource;
import org.migrantportal.editorial.WorkflowState;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * What editors see of many texts at once: the filtered lists of topics, pages and news,
 * the translation dashboard, the working texts for the back-office search, and the open
 * work (drafts and texts in review) for the review queue.
 */
@Service
@Transactional(readOnly = true)
public class ContentOverview implements WorkSource {

	/** The most rows the editors' list returns. */
	public static final int MAX_ROWS = 500;

	private final ContentAccess access;

	private final OutdatedTranslations outdated;

	private final SiteLocales siteLocales;

	ContentOverview(ContentAccess access, OutdatedTranslations outdated, SiteLocales siteLocales) {
		this.access = access;
		this.outdated = outdated;
		this.siteLocales = siteLocales;
	}

	@Override
	public List<WorkItem> openWork(Actor actor) {
		if (actor == null || !actor.hasRole(StaffRole.TRANSLATOR)) {
			return List.of();
		}
		List<WorkItem> items = new ArrayList<>();
		for (ContentKind kind : ContentKind.values()) {
			openWork(actor, this.access.stores().of(kind), items);
		}
		return items;
	}

	private <T extends TranslatedText> void openWork(Actor actor, TranslationStore<T> store, List<WorkItem> items) {
		Map<Long, TranslationStore.RootFacts> byId = store.roots(false)
			.stream()
			.filter((root) -> actor.canWorkOn(root.country(), root.organizationId()))
			.collect(Collectors.toMap(TranslationStore.RootFacts::id, Function.identity()));
		Map<CountryScope, Boolean> fourEyes = new EnumMap<>(CountryScope.class);
		for (T text : store.translationsOf(byId.keySet())) {
			WorkflowState state = text.workflowState();
			if (state != WorkflowState.DRAFT && state != WorkflowState.IN_REVIEW) {
				continue;
			}
			TranslationStore.RootFacts root = byId.get(store.rootId(text));
			items.add(new WorkItem(store.kind().editable(), root.id(), text.getLocale(), text.getTitle(),
					"/admin/" + store.kind().segment() + "/" + root.id() + "/" + text.getLocale(), state,
					root.country(), root.organizationId(), text.getLastEditorId(),
					fourEyes.computeIfAbsent(root.country(), this.access::isFourEyesRequired), text.getSentBackReason(),
					text.getSentBackBy(), text.getUpdatedAt()));
		}
	}

	/**
	 * The translations of one kind of content the actor may work on, filtered, newest
	 * change first.
	 */
	@Transactional(readOnly = true)
	public List<EditorialRow> list(Actor actor, ContentKind kind, EditorialFilter filter) {
		ContentAccess.requireRole(actor, StaffRole.TRANSLATOR);
		return rows(actor, this.access.stores().of(kind), false, filter);
	}

	/**
	 * The working text (draft, in review or published) of every page and news translation
	 * the actor may work on, outside the trash, for the back-office search; each with its
	 * back-office path.
	 */
	@Transactional(readOnly = true)
	public List<ContentSearchEntry> workingTexts(Actor actor) {
		ContentAccess.requireRole(actor, StaffRole.TRANSLATOR);
		List<ContentSearchEntry> entries = new ArrayList<>();
		for (ContentKind kind : List.of(ContentKind.PAGE, ContentKind.NEWS)) {
			workingTexts(actor, this.access.stores().of(kind), entries);
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

	<T extends TranslatedText> List<EditorialRow> rows(Actor actor, TranslationStore<T> store, boolean inTrash,
			EditorialFilter filter) {
		Map<Long, TranslationStore.RootFacts> byId = store.roots(inTrash)
			.stream()
			.filter((root) -> actor.canWorkOn(root.country(), root.organizationId()))
			.filter((root) -> filter.country() == null || root.country() == filter.country())
			.filter((root) -> filter.topicId() == null || filter.topicId().equals(root.topicId()))
			.collect(Collectors.toMap(TranslationStore.RootFacts::id, Function.identity()));
		Map<Long, String> topicTitles = this.access.topicTitles();
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
		ContentAccess.requireRole(actor, StaffRole.TRANSLATOR);
		List<String> tags = this.siteLocales.all().stream().map((locale) -> locale.tag()).toList();
		List<TranslationDashboard.Row> rows = new ArrayList<>();
		for (ContentKind each : List.of(ContentKind.TOPIC, ContentKind.PAGE, ContentKind.NEWS)) {
			if (kind == null || kind == each) {
				rows.addAll(dashboardRows(actor, this.access.stores().of(each), country, tags));
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

}
