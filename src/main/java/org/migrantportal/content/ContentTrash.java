package org.migrantportal.content;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.TrashSource;
import org.migrantportal.editorial.TrashedBy;
import org.migrantportal.editorial.TrashedItem;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trash of pages and news: moving there takes an item off the public site at once;
 * editors restore it, admins delete it for good with its translations, revisions and old
 * slugs. Topics hold pages, so they do not go to the trash.
 */
@Service
@Transactional
public class ContentTrash implements TrashSource {

	/** The kinds of content that go to the trash and come back from it. */
	private static final List<ContentKind> TRASHABLE = List.of(ContentKind.PAGE, ContentKind.NEWS);

	private final ContentAccess access;

	private final ContentOverview overview;

	private final TranslationRevisions revisions;

	private final TranslationRevisionRepository revisionRepository;

	private final SlugAliasRepository aliases;

	private final JdbcClient jdbc;

	ContentTrash(ContentAccess access, ContentOverview overview, TranslationRevisions revisions,
			TranslationRevisionRepository revisionRepository, SlugAliasRepository aliases, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.access = access;
		this.overview = overview;
		this.revisions = revisions;
		this.revisionRepository = revisionRepository;
		this.aliases = aliases;
	}

	/** Moves a page or a news item to the trash: it leaves the public site at once. */
	public void moveToTrash(Actor actor, ContentKind kind, Long id) {
		TranslationStore<? extends TranslatedText> store = trashable(kind);
		TranslationStore.RootFacts root = this.access.rootInScope(actor, store, id);
		this.access.policy()
			.require(actor, kind.editable(), this.access.facts(root, null), EditorialAction.MOVE_TO_TRASH);
		root.entity().moveToTrash(this.access.now(), actor.email());
		this.access.rootChanged(actor, kind, root, EditorialChange.MOVED_TO_TRASH);
	}

	/** The pages and news items in the trash that the actor may work on, newest first. */
	@Transactional(readOnly = true)
	public List<EditorialRow> listTrash(Actor actor) {
		ContentAccess.requireRole(actor, StaffRole.EDITOR);
		return TRASHABLE.stream()
			.flatMap((kind) -> this.overview.rows(actor, this.access.stores().of(kind), true, EditorialFilter.NONE)
				.stream())
			.sorted(Comparator.comparing(EditorialRow::updatedAt).reversed())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<TrashedItem> trashed(Actor actor) {
		Map<ContentKind, Map<Long, String>> deletedBy = Map.of(ContentKind.PAGE,
				TrashedBy.of(this.jdbc, "content_page"), ContentKind.NEWS, TrashedBy.of(this.jdbc, "news_item"));
		return listTrash(actor).stream()
			.map((row) -> new TrashedItem(row.kind().editable(), row.id(), row.title(), row.locale(), row.country(),
					"/admin/trash/" + row.kind().segment() + "/" + row.id() + "/restore",
					"/admin/trash/" + row.kind().segment() + "/" + row.id() + "/purge", row.updatedAt(),
					deletedBy.getOrDefault(row.kind(), Map.of()).get(row.id())))
			.toList();
	}

	public void restoreFromTrash(Actor actor, ContentKind kind, Long id) {
		TranslationStore.RootFacts root = inTrash(actor, kind, id);
		this.access.policy().require(actor, kind.editable(), this.access.facts(root, null), EditorialAction.RESTORE);
		root.entity().restoreFromTrash(this.access.now());
		this.access.rootChanged(actor, kind, root, EditorialChange.RESTORED);
	}

	/**
	 * Deletes a page or news item in the trash for good, with its translations, revisions
	 * and old slugs: admins only.
	 */
	public void purge(Actor actor, ContentKind kind, Long id) {
		ContentAccess.requireRole(actor, StaffRole.ADMIN);
		TranslationStore.RootFacts root = inTrash(actor, kind, id);
		this.access.policy().require(actor, kind.editable(), this.access.facts(root, null), EditorialAction.PURGE);
		purgeFrom(actor, trashable(kind), root);
	}

	private TranslationStore.RootFacts inTrash(Actor actor, ContentKind kind, Long id) {
		ContentAccess.requireRole(actor, StaffRole.EDITOR);
		return trashable(kind).findAnyRoot(id)
			.filter((candidate) -> actor.canWorkOn(candidate.country(), candidate.organizationId()))
			.filter((candidate) -> candidate.entity().isDeleted())
			.orElseThrow(ContentNotFoundException::page);
	}

	private <T extends TranslatedText> void purgeFrom(Actor actor, TranslationStore<T> store,
			TranslationStore.RootFacts root) {
		List<T> texts = store.translationsOf(List.of(root.id()));
		texts.forEach((translation) -> {
			translation.unpublish(this.access.now());
			translation.markTranslated(translation.getTranslatedFrom(), null, translation.isAwaitingNativeReview());
		});
		store.flush();
		TranslationRevision.SubjectType type = store.kind().subjectType();
		texts.forEach((translation) -> this.revisionRepository.deleteAll(this.revisions.list(type, translation)));
		store.purge(root, texts);
		this.aliases.deleteBySubjectTypeAndSubjectId(type.name(), root.id());
		this.access.rootChanged(actor, store.kind(), root, EditorialChange.PURGED);
	}

	/** Topics hold pages, so they do not go to the trash. */
	private TranslationStore<? extends TranslatedText> trashable(ContentKind kind) {
		if (!TRASHABLE.contains(kind)) {
			throw ContentNotFoundException.page();
		}
		return this.access.stores().of(kind);
	}

}
