package org.migrantportal.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.migrantportal.shared.PageTags;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.EmbeddedMedia;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public site reads of news: published items newest first, in the visitor's
 * language or its best fallback, with the featured ones for the home page and a feed per
 * language.
 */
@Service
@Transactional(readOnly = true)
public class NewsService {

	/** The largest page of news a visitor can ask for. */
	public static final int MAX_PAGE_SIZE = 50;

	private final SiteLocales siteLocales;

	private final NewsItemRepository items;

	private final NewsItemTranslationRepository translations;

	private final SlugAliasRepository aliases;

	private final PublishedPaths publishedPaths;

	private final ContentMedia media;

	NewsService(ContentMedia media, PublishedPaths publishedPaths, SiteLocales siteLocales, NewsItemRepository items,
			NewsItemTranslationRepository translations, SlugAliasRepository aliases) {
		this.siteLocales = siteLocales;
		this.items = items;
		this.translations = translations;
		this.aliases = aliases;
		this.publishedPaths = publishedPaths;
		this.media = media;
	}

	/**
	 * A page (from 1) of the published news, optionally of one country (regional news
	 * included).
	 */
	public NewsListing listNews(SiteLocale locale, CountryScope country, int page, int size) {
		int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		List<NewsSummary> all = published(locale).stream()
			.filter((item) -> country == null || item.country() == country || item.country() == CountryScope.BOTH)
			.toList();
		int totalPages = Math.max(1, (all.size() + boundedSize - 1) / boundedSize);
		int from = Math.min(all.size(), (Math.max(1, page) - 1) * boundedSize);
		return new NewsListing(all.subList(from, Math.min(all.size(), from + boundedSize)), page, boundedSize,
				totalPages, all.size());
	}

	/** The featured items first, then the latest, at most {@code limit}. */
	public List<NewsSummary> listHomeNews(SiteLocale locale, int limit) {
		return published(locale).stream()
			.sorted(Comparator.comparing(NewsSummary::featured).reversed())
			.limit(limit)
			.toList();
	}

	/** The news published in exactly this language, newest first, for its Atom feed. */
	public List<NewsSummary> listFeed(SiteLocale locale, int limit) {
		return published(locale).stream().filter((item) -> !item.fallback()).limit(limit).toList();
	}

	public NewsView getNews(SiteLocale locale, String slug) {
		Long id = this.siteLocales
			.pickBest(locale, this.translations.findByPublishedSlug(slug), NewsItemTranslation::getLocale)
			.map(NewsItemTranslation::getNewsItemId)
			.or(() -> this.aliases.findFirstBySubjectTypeAndSlugOrderByIdDesc("NEWS", slug)
				.map(SlugAlias::getSubjectId))
			.orElseThrow(ContentNotFoundException::news);
		NewsItem item = this.items.findById(id)
			.filter((candidate) -> !candidate.isDeleted())
			.orElseThrow(ContentNotFoundException::news);
		PageTags.item(ContentKind.NEWS.name(), id);
		List<NewsItemTranslation> texts = this.translations.findByNewsItemIdInAndPublishedTitleIsNotNull(List.of(id));
		NewsItemTranslation shown = best(locale, texts).orElseThrow(ContentNotFoundException::news);
		SiteLocale shownLocale = this.siteLocales.get(shown.getLocale());
		return new NewsView(id, shown.getPublishedTitle(), shown.getPublishedSummary(),
				this.media.bodyHtml(shown.getPublishedBodyHtml(), locale), shownLocale, !shownLocale.equals(locale),
				shown.isAwaitingNativeReview(), item.getCountryScope(), date(item, shown),
				this.publishedPaths.of(locale, ContentKind.NEWS, texts, shown),
				this.media.cover(item.getCoverMediaId(), locale));
	}

	/** The language versions of every published news item, for the sitemap. */
	public List<Map<SiteLocale, String>> listPublicTranslationPaths() {
		PageTags.list(ContentKind.NEWS.name());
		List<NewsItem> all = this.items.findByDeletedAtIsNull();
		return this.translations
			.findByNewsItemIdInAndPublishedTitleIsNotNull(all.stream().map(NewsItem::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(NewsItemTranslation::getNewsItemId))
			.values()
			.stream()
			.map((texts) -> this.publishedPaths.existing(ContentKind.NEWS, texts))
			.filter((paths) -> !paths.isEmpty())
			.toList();
	}

	private List<NewsSummary> published(SiteLocale locale) {
		PageTags.list(ContentKind.NEWS.name());
		List<NewsItem> all = this.items.findByDeletedAtIsNull();
		Map<Long, List<NewsItemTranslation>> texts = this.translations
			.findByNewsItemIdInAndPublishedTitleIsNotNull(all.stream().map(NewsItem::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(NewsItemTranslation::getNewsItemId));
		Map<Long, EmbeddedMedia> covers = this.media.covers(
				all.stream().filter((item) -> texts.containsKey(item.getId())).map(NewsItem::getCoverMediaId).toList(),
				locale);
		return all.stream()
			.flatMap((item) -> best(locale, texts.getOrDefault(item.getId(), List.of()))
				.map((shown) -> summary(locale, item, shown, covers))
				.stream())
			// dated items newest first, then the undated ones, newest first
			.sorted(Comparator.comparing(NewsSummary::date, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(NewsSummary::id)
				.reversed())
			.toList();
	}

	private NewsSummary summary(SiteLocale locale, NewsItem item, NewsItemTranslation shown,
			Map<Long, EmbeddedMedia> covers) {
		SiteLocale shownLocale = this.siteLocales.get(shown.getLocale());
		return new NewsSummary(item.getId(), shown.getPublishedTitle(), shown.getPublishedSummary(),
				PublishedPaths.path(locale, ContentKind.NEWS, shown.getPublishedSlug()), shownLocale,
				!shownLocale.equals(locale), item.getCountryScope(), date(item, shown), item.isFeatured(),
				shown.getPublishedAt(), (item.getCoverMediaId() != null) ? covers.get(item.getCoverMediaId()) : null);
	}

	/**
	 * The item's own date; none when its source gives no full date (some sources name a
	 * day and month without the year): never the day it was imported or published.
	 */
	private static LocalDate date(NewsItem item, NewsItemTranslation shown) {
		return item.getNewsDate();
	}

	private Optional<NewsItemTranslation> best(SiteLocale locale, List<NewsItemTranslation> texts) {
		return this.siteLocales.pickBest(locale, texts, NewsItemTranslation::getLocale);
	}

}
