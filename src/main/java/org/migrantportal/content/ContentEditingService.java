package org.migrantportal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.media.MediaReferences;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Slugs;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.shared.WordDiff;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Writing in the back-office: a new page, topic or news item, a translation opened for
 * editing (with its source text and the actions its editor may take) and saved as a new
 * draft revision, and the language-neutral details of news. The workflow, revisions, the
 * trash and the lists are services of their own ({@link ContentWorkflow},
 * {@link ContentHistory}, {@link ContentTrash}, {@link ContentOverview}).
 */
@Service
@Transactional
public class ContentEditingService {

	private final ContentAccess access;

	private final ContentPageRepository pages;

	private final TopicRepository topics;

	private final NewsItemRepository news;

	private final TranslationRevisions revisions;

	private final TranslationRevisionRepository revisionRepository;

	private final OutdatedTranslations outdated;

	private final MediaReferences media;

	ContentEditingService(ContentAccess access, ContentPageRepository pages, TopicRepository topics,
			NewsItemRepository news, TranslationRevisions revisions, TranslationRevisionRepository revisionRepository,
			OutdatedTranslations outdated, MediaReferences media) {
		this.media = media;
		this.access = access;
		this.pages = pages;
		this.topics = topics;
		this.news = news;
		this.revisions = revisions;
		this.revisionRepository = revisionRepository;
		this.outdated = outdated;
	}

	/** The id of the latest revision of a translation, if it has one. */
	@Transactional(readOnly = true)
	public Long latestRevisionId(Actor actor, ContentKind kind, Long id, String locale) {
		return latestRevision(actor, this.access.stores().of(kind), id, locale);
	}

	private <T extends TranslatedText> Long latestRevision(Actor actor, TranslationStore<T> store, Long id,
			String locale) {
		T translation = this.access.translationInScope(actor, store, id, locale);
		return this.revisions.latest(store.kind().subjectType(), translation)
			.map(TranslationRevision::getId)
			.orElse(null);
	}

	/**
	 * The topics a page can belong to, by id, with their name in the editor's language.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> listTopicChoices(String locale) {
		return this.access.titlesOf(this.topics.findByDeletedAtIsNullOrderByPositionAscIdAsc(), locale);
	}

	/**
	 * A translation as its editor opens it (or an empty one to create), with the source
	 * text to translate from and the workflow actions this actor may take on it now.
	 */
	@Transactional(readOnly = true)
	public EditableTranslation getTranslation(Actor actor, ContentKind kind, Long id, String locale) {
		return editable(actor, this.access.stores().of(kind), id, locale);
	}

	private <T extends TranslatedText> EditableTranslation editable(Actor actor, TranslationStore<T> store, Long id,
			String locale) {
		TranslationStore.RootFacts root = this.access.rootInScope(actor, store, id);
		String topicTitle = this.access.topicTitles().get(root.topicId());
		Optional<T> translation = store.find(id, locale);
		SourceText source = locale.equals(root.sourceLocale()) ? null
				: store.find(id, root.sourceLocale())
					.flatMap((sourceTranslation) -> sourceText(store, sourceTranslation, translation.orElse(null)))
					.orElse(null);
		Set<EditorialAction> actions = this.access.policy()
			.available(actor, store.kind().editable(), this.access.facts(root, translation.orElse(null)));
		if (!actor.canWriteIn(locale) || (!actor.hasRole(StaffRole.EDITOR) && locale.equals(root.sourceLocale()))) {
			actions.remove(EditorialAction.SAVE);
			actions.remove(EditorialAction.SUBMIT);
		}
		return translation
			.map((existing) -> new EditableTranslation(store.kind(), id, existing.getLocale(), true,
					ContentAccess.textOf(existing), existing.getVersion(), existing.getState(), existing.isLive(),
					existing.getPublishedSlug(), existing.getPublishAt(), existing.getUnpublishAt(), root.country(),
					root.organizationId(), topicTitle, existing.isAwaitingNativeReview(), source,
					existing.getSentBackReason(), existing.getSentBackBy(), actions))
			.orElseGet(() -> new EditableTranslation(store.kind(), id, locale, false,
					new TranslationDraft("", "", "", "", "", false), 0, TranslationState.DRAFT, false, null, null, null,
					root.country(), root.organizationId(), topicTitle, false, source, null, null, actions));
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

	/**
	 * Whether the actor may create an item of this kind: editors create pages and news;
	 * topics are shared by every organization, so partner NGOs' staff do not create them.
	 */
	public boolean mayCreate(Actor actor, ContentKind kind) {
		return actor != null && actor.hasRole(StaffRole.EDITOR)
				&& (kind != ContentKind.TOPIC || actor.canWorkOn(CountryScope.BOTH, null));
	}

	/** Creates a page with its first translation, as a draft. */
	public Long createPage(Actor actor, NewPage request) {
		ContentAccess.requireRole(actor, StaffRole.EDITOR);
		Long organizationId = actor.restrictedToOrganization() ? actor.organizationId() : request.organizationId();
		if (!actor.canWorkOn(request.country(), organizationId)) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		Topic topic = this.topics.findById(request.topicId())
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(() -> new ContentRuleException("topicId", "content.error.unknown-topic"));
		String locale = this.access.requireLocale(request.locale());
		checkDraft(this.access.stores().of(ContentKind.PAGE), request.draft(), locale, null);
		ContentPage page = this.pages.save(new ContentPage("page-" + UUID.randomUUID(), topic.getId(),
				request.country(), 1000, locale, this.access.now()));
		page.setOrganizationId(organizationId);
		this.pages.flush();
		saveTranslation(actor, ContentKind.PAGE, page.getId(), locale, request.draft(), 0);
		return page.getId();
	}

	/** Creates a news item with its first translation, as a draft. */
	public Long createNews(Actor actor, NewsDetails details, String locale, TranslationDraft draft) {
		ContentAccess.requireRole(actor, StaffRole.EDITOR);
		Long organizationId = actor.restrictedToOrganization() ? actor.organizationId() : null;
		checkNewsDetails(actor, details, organizationId);
		String tag = this.access.requireLocale(locale);
		checkDraft(this.access.stores().of(ContentKind.NEWS), draft, tag, null);
		NewsItem item = this.news.save(new NewsItem("news-" + UUID.randomUUID(), details.country(), details.date(),
				details.featured(), 0, tag, this.access.now()));
		item.setOrganizationId(organizationId);
		item.changeDetails(details.country(), details.date(), details.featured(), details.coverMediaId(),
				this.access.now());
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
		return new NewsDetails(item.getCountryScope(), item.getNewsDate(), item.isFeatured(), item.getCoverMediaId(),
				item.getVersion(), item.getCoverImage());
	}

	/**
	 * Changes the language-neutral facts of a news item, if nobody changed them since
	 * {@code details.version()} was loaded; they show at once wherever the item is
	 * public.
	 */
	public void updateNewsDetails(Actor actor, Long id, NewsDetails details) {
		ContentAccess.requireRole(actor, StaffRole.EDITOR);
		TranslationStore.RootFacts root = this.access.rootInScope(actor, this.access.stores().of(ContentKind.NEWS), id);
		NewsItem item = (NewsItem) root.entity();
		if (item.getVersion() != details.version()) {
			throw new ContentRuleException(null, "content.error.stale-details");
		}
		checkNewsDetails(actor, details, item.getOrganizationId());
		item.changeDetails(details.country(), details.date(), details.featured(), details.coverMediaId(),
				this.access.now());
		this.news.flush();
		this.access.rootChanged(actor, ContentKind.NEWS, root, EditorialChange.DETAILS_CHANGED);
	}

	private NewsItem newsInScope(Actor actor, Long id) {
		return (NewsItem) this.access.rootInScope(actor, this.access.stores().of(ContentKind.NEWS), id).entity();
	}

	private void checkNewsDetails(Actor actor, NewsDetails details, Long organizationId) {
		if (details.country() == null) {
			throw new ContentRuleException("country", "content.error.country-required");
		}
		if (!actor.canWorkOn(details.country(), organizationId)) {
			throw new AccessDeniedException("Outside the actor's scope");
		}
		LocalDate today = LocalDate.now(this.access.clock().withZone(details.country().zone()));
		if (details.date() != null
				&& (details.date().isBefore(NewsDetails.EARLIEST_DATE) || details.date().isAfter(today.plusYears(1)))) {
			throw new ContentRuleException("date", "content.error.news-date-out-of-range");
		}
		if (details.coverMediaId() != null && !this.media.isUsableCover(actor, details.coverMediaId())) {
			throw new ContentRuleException("coverMediaId", "content.error.cover-media-invalid");
		}
	}

	/**
	 * Creates a topic with its first translation, as a draft: IOM staff only, not partner
	 * NGOs.
	 */
	public Long createTopic(Actor actor, String locale, TranslationDraft draft) {
		if (!mayCreate(actor, ContentKind.TOPIC)) {
			throw new AccessDeniedException("Topics are shared by every organization");
		}
		String tag = this.access.requireLocale(locale);
		checkDraft(this.access.stores().of(ContentKind.TOPIC), draft, tag, null);
		Topic topic = this.topics.save(new Topic("topic-" + UUID.randomUUID(), 1000, tag, this.access.now()));
		this.topics.flush();
		saveTranslation(actor, ContentKind.TOPIC, topic.getId(), tag, draft, 0);
		return topic.getId();
	}

	/**
	 * Saves the editor's text as a new draft revision, if nobody saved since they loaded
	 * {@code loadedVersion}; otherwise nothing changes and an
	 * {@link EditConflictException} carries the stored text. A translation that does not
	 * exist yet is created. Returns the new version.
	 */
	public long saveTranslation(Actor actor, ContentKind kind, Long id, String locale, TranslationDraft draft,
			long loadedVersion) {
		return save(actor, this.access.stores().of(kind), id, locale, draft, loadedVersion);
	}

	private <T extends TranslatedText> long save(Actor actor, TranslationStore<T> store, Long id, String locale,
			TranslationDraft draft, long loadedVersion) {
		TranslationStore.RootFacts root = this.access.rootInScope(actor, store, id);
		String tag = this.access.requireLocale(locale);
		ContentAccess.requireWriteIn(actor, root, tag);
		Optional<T> existing = store.find(id, tag);
		if (existing.isPresent() && existing.get().getVersion() != loadedVersion) {
			T stored = existing.get();
			throw new EditConflictException(ContentAccess.textOf(stored), stored.getVersion(),
					this.access.lastAuthor(store, stored));
		}
		this.access.require(actor, store, root, existing.orElse(null), EditorialAction.SAVE);
		checkDraft(store, draft, tag, existing.map(TranslatedText::getId).orElse(null));
		Instant now = this.access.now();
		T translation = existing.orElseGet(() -> store.create(id, tag, draft, now));
		if (!tag.equals(root.sourceLocale()) && (existing.isEmpty() || draft.basedOnSourceRevision() != null)) {
			// a translation records the source revision it was made from, so it is known
			// to be outdated when the source changes again
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
		this.access.changed(actor, store, translation,
				existing.isPresent() ? EditorialChange.SAVED : EditorialChange.TRANSLATION_CREATED, null);
		return translation.getVersion();
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

	private static String clean(String value) {
		return (value != null) ? value.strip() : "";
	}

}
