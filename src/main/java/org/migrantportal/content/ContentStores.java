package org.migrantportal.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Component;

/** The {@link TranslationStore}s of pages, topics and news. */
@Component
class ContentStores {

	private final PageStore pages;

	private final TopicStore topics;

	private final NewsStore news;

	ContentStores(ContentPageRepository pageRepository, ContentPageTranslationRepository pageTranslations,
			TopicRepository topicRepository, TopicTranslationRepository topicTranslations,
			NewsItemRepository newsRepository, NewsItemTranslationRepository newsTranslations) {
		this.pages = new PageStore(pageRepository, pageTranslations);
		this.topics = new TopicStore(topicRepository, topicTranslations);
		this.news = new NewsStore(newsRepository, newsTranslations);
	}

	TranslationStore<? extends TranslatedText> of(ContentKind kind) {
		return switch (kind) {
			case PAGE -> this.pages;
			case TOPIC -> this.topics;
			case NEWS -> this.news;
		};
	}

	List<TranslationStore<? extends TranslatedText>> all() {
		return List.of(this.pages, this.topics, this.news);
	}

	private record PageStore(ContentPageRepository roots,
			ContentPageTranslationRepository translations) implements TranslationStore<ContentPageTranslation> {

		@Override
		public ContentKind kind() {
			return ContentKind.PAGE;
		}

		@Override
		public Optional<RootFacts> findAnyRoot(Long rootId) {
			return this.roots.findById(rootId).map(PageStore::facts);
		}

		@Override
		public List<RootFacts> roots(boolean inTrash) {
			return (inTrash ? this.roots.findByDeletedAtIsNotNullOrderByDeletedAtDesc()
					: this.roots.findByDeletedAtIsNull())
				.stream()
				.map(PageStore::facts)
				.toList();
		}

		@Override
		public List<ContentPageTranslation> translationsOf(Collection<Long> rootIds) {
			return this.translations.findByPageIdIn(rootIds);
		}

		@Override
		public void purge(RootFacts root, List<ContentPageTranslation> texts) {
			this.translations.deleteAll(texts);
			this.roots.deleteById(root.id());
		}

		private static RootFacts facts(ContentPage page) {
			return new RootFacts(page.getId(), page.getCountryScope(), page.getOrganizationId(), page.getSourceLocale(),
					page.getTopicId(), page);
		}

		@Override
		public Optional<ContentPageTranslation> find(Long rootId, String locale) {
			return this.translations.findByPageIdAndLocale(rootId, locale);
		}

		@Override
		public ContentPageTranslation create(Long rootId, String locale, TranslationDraft draft, Instant now) {
			return this.translations.save(new ContentPageTranslation(rootId, locale, draft.title().strip(),
					draft.slug(), "", draft.bodyMarkdown(), now));
		}

		@Override
		public List<ContentPageTranslation> slugHolders(String slug) {
			return this.translations.findBySlugOrPublishedSlug(slug, slug);
		}

		@Override
		public List<ContentPageTranslation> dueToPublish(Instant now) {
			return this.translations.findByPublishAtLessThanEqual(now);
		}

		@Override
		public List<ContentPageTranslation> dueToUnpublish(Instant now) {
			return this.translations.findByUnpublishAtLessThanEqual(now);
		}

		@Override
		public Long rootId(ContentPageTranslation translation) {
			return translation.getPageId();
		}

		@Override
		public void flush() {
			this.translations.flush();
		}

	}

	private record TopicStore(TopicRepository roots,
			TopicTranslationRepository translations) implements TranslationStore<TopicTranslation> {

		@Override
		public ContentKind kind() {
			return ContentKind.TOPIC;
		}

		@Override
		public Optional<RootFacts> findAnyRoot(Long rootId) {
			return this.roots.findById(rootId).map(TopicStore::facts);
		}

		@Override
		public List<RootFacts> roots(boolean inTrash) {
			return (inTrash ? this.roots.findByDeletedAtIsNotNullOrderByDeletedAtDesc()
					: this.roots.findByDeletedAtIsNullOrderByPositionAscIdAsc())
				.stream()
				.map(TopicStore::facts)
				.toList();
		}

		@Override
		public List<TopicTranslation> translationsOf(Collection<Long> rootIds) {
			return this.translations.findByTopicIdIn(rootIds);
		}

		@Override
		public void purge(RootFacts root, List<TopicTranslation> texts) {
			this.translations.deleteAll(texts);
			this.roots.deleteById(root.id());
		}

		private static RootFacts facts(Topic topic) {
			return new RootFacts(topic.getId(), CountryScope.BOTH, null, topic.getSourceLocale(), topic.getId(), topic);
		}

		@Override
		public Optional<TopicTranslation> find(Long rootId, String locale) {
			return this.translations.findByTopicIdAndLocale(rootId, locale);
		}

		@Override
		public TopicTranslation create(Long rootId, String locale, TranslationDraft draft, Instant now) {
			return this.translations.save(new TopicTranslation(rootId, locale, draft.title().strip(), draft.slug(), "",
					draft.bodyMarkdown(), now));
		}

		@Override
		public List<TopicTranslation> slugHolders(String slug) {
			return this.translations.findBySlugOrPublishedSlug(slug, slug);
		}

		@Override
		public List<TopicTranslation> dueToPublish(Instant now) {
			return this.translations.findByPublishAtLessThanEqual(now);
		}

		@Override
		public List<TopicTranslation> dueToUnpublish(Instant now) {
			return this.translations.findByUnpublishAtLessThanEqual(now);
		}

		@Override
		public Long rootId(TopicTranslation translation) {
			return translation.getTopicId();
		}

		@Override
		public void flush() {
			this.translations.flush();
		}

	}

	private record NewsStore(NewsItemRepository roots,
			NewsItemTranslationRepository translations) implements TranslationStore<NewsItemTranslation> {

		@Override
		public ContentKind kind() {
			return ContentKind.NEWS;
		}

		@Override
		public Optional<RootFacts> findAnyRoot(Long rootId) {
			return this.roots.findById(rootId).map(NewsStore::facts);
		}

		@Override
		public List<RootFacts> roots(boolean inTrash) {
			return (inTrash ? this.roots.findByDeletedAtIsNotNullOrderByDeletedAtDesc()
					: this.roots.findByDeletedAtIsNull())
				.stream()
				.map(NewsStore::facts)
				.toList();
		}

		@Override
		public List<NewsItemTranslation> translationsOf(Collection<Long> rootIds) {
			return this.translations.findByNewsItemIdIn(rootIds);
		}

		@Override
		public void purge(RootFacts root, List<NewsItemTranslation> texts) {
			this.translations.deleteAll(texts);
			this.roots.deleteById(root.id());
		}

		private static RootFacts facts(NewsItem item) {
			return new RootFacts(item.getId(), item.getCountryScope(), item.getOrganizationId(), item.getSourceLocale(),
					null, item);
		}

		@Override
		public Optional<NewsItemTranslation> find(Long rootId, String locale) {
			return this.translations.findByNewsItemIdAndLocale(rootId, locale);
		}

		@Override
		public NewsItemTranslation create(Long rootId, String locale, TranslationDraft draft, Instant now) {
			return this.translations.save(new NewsItemTranslation(rootId, locale, draft.title().strip(), draft.slug(),
					"", draft.bodyMarkdown(), now));
		}

		@Override
		public List<NewsItemTranslation> slugHolders(String slug) {
			return this.translations.findBySlugOrPublishedSlug(slug, slug);
		}

		@Override
		public List<NewsItemTranslation> dueToPublish(Instant now) {
			return this.translations.findByPublishAtLessThanEqual(now);
		}

		@Override
		public List<NewsItemTranslation> dueToUnpublish(Instant now) {
			return this.translations.findByUnpublishAtLessThanEqual(now);
		}

		@Override
		public Long rootId(NewsItemTranslation translation) {
			return translation.getNewsItemId();
		}

		@Override
		public void flush() {
			this.translations.flush();
		}

	}

}
