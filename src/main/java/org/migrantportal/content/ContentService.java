package org.migrantportal.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.migrantportal.shared.PageTags;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public site reads of topics and pages: only published translations, each in
 * the visitor's language or, when that translation does not exist, in the best fallback
 * language, saying which language it actually returned.
 */
@Service
@Transactional(readOnly = true)
public class ContentService {

	private final SiteLocales siteLocales;

	private final TopicRepository topics;

	private final TopicTranslationRepository topicTranslations;

	private final ContentPageRepository pages;

	private final ContentPageTranslationRepository pageTranslations;

	private final SlugAliasRepository aliases;

	private final OutdatedTranslations outdatedTranslations;

	private final PublishedPaths publishedPaths;

	private final TranslationRevisions revisions;

	private final ContentMedia media;

	ContentService(ContentMedia media, PublishedPaths publishedPaths, OutdatedTranslations outdatedTranslations,
			SiteLocales siteLocales, TopicRepository topics, TopicTranslationRepository topicTranslations,
			ContentPageRepository pages, ContentPageTranslationRepository pageTranslations, SlugAliasRepository aliases,
			TranslationRevisions revisions) {
		this.revisions = revisions;
		this.media = media;
		this.siteLocales = siteLocales;
		this.topics = topics;
		this.topicTranslations = topicTranslations;
		this.pages = pages;
		this.pageTranslations = pageTranslations;
		this.aliases = aliases;
		this.outdatedTranslations = outdatedTranslations;
		this.publishedPaths = publishedPaths;
	}

	/** Every topic that has a published translation, in their display order. */
	public List<TopicSummary> listTopics(SiteLocale locale) {
		PageTags.list(ContentKind.TOPIC.name());
		List<Topic> all = this.topics.findByDeletedAtIsNullOrderByPositionAscIdAsc();
		Map<Long, List<TopicTranslation>> translations = publishedTopicTranslations(all);
		return all.stream()
			.flatMap((topic) -> best(locale, translations.get(topic.getId())).stream())
			.map((translation) -> topicSummary(locale, translation))
			.toList();
	}

	public TopicView getTopic(SiteLocale locale, String slug) {
		Long topicId = best(locale, this.topicTranslations.findByPublishedSlug(slug)).map(TopicTranslation::getTopicId)
			.or(() -> alias(TranslationRevision.SubjectType.TOPIC, slug))
			.orElseThrow(ContentNotFoundException::topic);
		Topic topic = this.topics.findById(topicId)
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(ContentNotFoundException::topic);
		PageTags.item(ContentKind.TOPIC.name(), topic.getId());
		PageTags.list(ContentKind.PAGE.name());
		List<TopicTranslation> translations = publishedTopicTranslations(List.of(topic)).get(topic.getId());
		TopicTranslation shown = best(locale, translations).orElseThrow(ContentNotFoundException::topic);
		List<ContentPage> topicPages = this.pages.findByTopicIdAndDeletedAtIsNullOrderByPositionAscIdAsc(topic.getId());
		Map<Long, List<ContentPageTranslation>> pageTexts = publishedPageTranslations(topicPages);
		List<PageSummary> summaries = topicPages.stream()
			.flatMap((page) -> best(locale, pageTexts.get(page.getId()))
				.map((translation) -> pageSummary(locale, page, translation))
				.stream())
			.toList();
		SiteLocale shownLocale = this.siteLocales.get(shown.getLocale());
		return new TopicView(topic.getId(), shown.getPublishedTitle(), shown.getPublishedSummary(),
				this.media.bodyHtml(shown.getPublishedBodyHtml(), locale), shownLocale, !shownLocale.equals(locale),
				shown.isAwaitingNativeReview(), summaries,
				this.publishedPaths.of(locale, ContentKind.TOPIC, translations, shown));
	}

	public PageView getPage(SiteLocale locale, String slug) {
		Long pageId = best(locale, this.pageTranslations.findByPublishedSlug(slug))
			.map(ContentPageTranslation::getPageId)
			.or(() -> alias(TranslationRevision.SubjectType.PAGE, slug))
			.orElseThrow(ContentNotFoundException::page);
		ContentPage page = this.pages.findById(pageId)
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(ContentNotFoundException::page);
		PageTags.item(ContentKind.PAGE.name(), page.getId());
		PageTags.item(ContentKind.TOPIC.name(), page.getTopicId());
		List<ContentPageTranslation> translations = publishedPageTranslations(List.of(page)).get(page.getId());
		ContentPageTranslation shown = best(locale, translations).orElseThrow(ContentNotFoundException::page);
		// the topic's translations by its id: loading the topic row too would add a query
		// to
		// every page view and tell nothing more
		TopicSummary topicSummary = best(locale,
				this.topicTranslations.findByTopicIdInAndPublishedTitleIsNotNull(List.of(page.getTopicId())))
			.map((translation) -> topicSummary(locale, translation))
			.orElseThrow(ContentNotFoundException::page);
		SiteLocale shownLocale = this.siteLocales.get(shown.getLocale());
		return new PageView(page.getId(), shown.getPublishedTitle(), shown.getPublishedSummary(),
				this.media.bodyHtml(shown.getPublishedBodyHtml(), locale), shownLocale, !shownLocale.equals(locale),
				shown.isAwaitingNativeReview(), page.getCountryScope(), topicSummary,
				this.revisions.publishedTextChangedAt(shown)
					.map((changed) -> LocalDate.ofInstant(changed, page.getCountryScope().zone()))
					.orElse(null),
				this.publishedPaths.of(locale, ContentKind.PAGE, translations, shown),
				outdated(page, shown, translations));
	}

	/**
	 * Whether the shown translation is older than its (published) source text, and where
	 * that is.
	 */
	private PageView.Outdated outdated(ContentPage page, ContentPageTranslation shown,
			List<ContentPageTranslation> translations) {
		ContentPageTranslation source = translations.stream()
			.filter((translation) -> translation.getLocale().equals(page.getSourceLocale()))
			.findFirst()
			.orElse(null);
		return this.outdatedTranslations.outdatedSince(TranslationRevision.SubjectType.PAGE, shown, source)
			.flatMap((since) -> this.siteLocales.find(source.getLocale())
				.map((sourceLocale) -> new PageView.Outdated(sourceLocale,
						LocalDate.ofInstant(since, page.getCountryScope().zone()),
						PublishedPaths.path(sourceLocale, ContentKind.PAGE, source.getPublishedSlug()))))
			.orElse(null);
	}

	/** The language versions of every public topic and page, for the sitemap. */
	public List<Map<SiteLocale, String>> listPublicTranslationPaths() {
		PageTags.list(ContentKind.TOPIC.name());
		PageTags.list(ContentKind.PAGE.name());
		List<Topic> allTopics = this.topics.findByDeletedAtIsNullOrderByPositionAscIdAsc();
		List<ContentPage> allPages = this.pages.findByDeletedAtIsNull();
		List<Map<SiteLocale, String>> result = new ArrayList<>();
		publishedTopicTranslations(allTopics).values()
			.forEach((translations) -> result.add(this.publishedPaths.existing(ContentKind.TOPIC, translations)));
		publishedPageTranslations(allPages).values()
			.forEach((translations) -> result.add(this.publishedPaths.existing(ContentKind.PAGE, translations)));
		return result.stream().filter((paths) -> !paths.isEmpty()).toList();
	}

	/** The item an old, renamed slug belonged to. */
	private Optional<Long> alias(TranslationRevision.SubjectType type, String slug) {
		return this.aliases.findFirstBySubjectTypeAndSlugOrderByIdDesc(type.name(), slug).map(SlugAlias::getSubjectId);
	}

	private Map<Long, List<TopicTranslation>> publishedTopicTranslations(Collection<Topic> roots) {
		List<Long> ids = roots.stream().map(Topic::getId).toList();
		return group(this.topicTranslations.findByTopicIdInAndPublishedTitleIsNotNull(ids),
				TopicTranslation::getTopicId);
	}

	private Map<Long, List<ContentPageTranslation>> publishedPageTranslations(Collection<ContentPage> roots) {
		List<Long> ids = roots.stream().map(ContentPage::getId).toList();
		return group(this.pageTranslations.findByPageIdInAndPublishedTitleIsNotNull(ids),
				ContentPageTranslation::getPageId);
	}

	private static <T> Map<Long, List<T>> group(List<T> translations, Function<T, Long> rootId) {
		return translations.stream().collect(Collectors.groupingBy(rootId, LinkedHashMap::new, Collectors.toList()));
	}

	/**
	 * The translation to show for {@code locale}: its own, else the first in the fallback
	 * chain.
	 */
	private <T extends TranslatedText> Optional<T> best(SiteLocale locale, List<T> translations) {
		return this.siteLocales.pickBest(locale, translations, TranslatedText::getLocale);
	}

	private TopicSummary topicSummary(SiteLocale locale, TopicTranslation translation) {
		SiteLocale shown = this.siteLocales.get(translation.getLocale());
		return new TopicSummary(translation.getPublishedTitle(), translation.getPublishedSummary(),
				PublishedPaths.path(locale, ContentKind.TOPIC, translation.getPublishedSlug()), shown,
				!shown.equals(locale));
	}

	private PageSummary pageSummary(SiteLocale locale, ContentPage page, ContentPageTranslation translation) {
		SiteLocale shown = this.siteLocales.get(translation.getLocale());
		return new PageSummary(translation.getPublishedTitle(), translation.getPublishedSummary(),
				PublishedPaths.path(locale, ContentKind.PAGE, translation.getPublishedSlug()), shown,
				!shown.equals(locale), page.getCountryScope());
	}

}
