package org.migrantportal.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages, topics and news items looked up by id for modules that refer to them (visitors'
 * feedback): whether one is published, its scope, and its title and path in a reader's
 * language. Items in the trash are not found.
 */
@Service
@Transactional(readOnly = true)
public class ContentTargets {

	private final ContentStores stores;

	private final SiteLocales siteLocales;

	ContentTargets(ContentStores stores, SiteLocales siteLocales) {
		this.stores = stores;
		this.siteLocales = siteLocales;
	}

	/** The item if it is not in the trash and has a published translation. */
	public Optional<ContentTarget> findPublished(ContentKind kind, long id, SiteLocale locale) {
		return findAll(kind, List.of(id), locale).values().stream().filter(ContentTarget::published).findFirst();
	}

	/**
	 * The items of these ids that are not in the trash, published or not, by id; a path
	 * only for the published ones.
	 */
	public Map<Long, ContentTarget> findAll(ContentKind kind, Collection<Long> ids, SiteLocale locale) {
		TranslationStore<? extends TranslatedText> store = this.stores.of(kind);
		Map<Long, ContentTarget> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Map<Long, List<TranslatedText>> published = store.translationsOf(ids)
			.stream()
			.filter((translation) -> translation.getPublishedTitle() != null)
			.collect(Collectors.groupingBy((translation) -> rootId(store, translation)));
		for (Long id : ids) {
			store.findRoot(id).ifPresent((root) -> {
				Optional<TranslatedText> shown = this.siteLocales.pickBest(locale,
						published.getOrDefault(id, List.of()), TranslatedText::getLocale);
				found.put(id, new ContentTarget(kind, id, root.country(), root.organizationId(),
						shown.map(TranslatedText::getPublishedTitle).orElse(root.entity().getContentKey()),
						shown.map((text) -> PublishedPaths.path(locale, kind, text.getPublishedSlug())).orElse(null)));
			});
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static <T extends TranslatedText> Long rootId(TranslationStore<T> store, TranslatedText translation) {
		return store.rootId((T) translation);
	}

}
