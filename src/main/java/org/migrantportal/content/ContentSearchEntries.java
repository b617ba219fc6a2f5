package org.migrantportal.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.migrantportal.shared.CountryScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * What search indexes of topics, pages and news: every published translation of every
 * topic, page and news item not in the trash, as plain text, or those of one page or news
 * item after it changed.
 */
@Service
@Transactional(readOnly = true)
public class ContentSearchEntries {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private final ContentPageRepository pages;

	private final ContentPageTranslationRepository pageTranslations;

	private final NewsItemRepository news;

	private final NewsItemTranslationRepository newsTranslations;

	private final TopicRepository topics;

	private final TopicTranslationRepository topicTranslations;

	ContentSearchEntries(ContentPageRepository pages, ContentPageTranslationRepository pageTranslations,
			NewsItemRepository news, NewsItemTranslationRepository newsTranslations, TopicRepository topics,
			TopicTranslationRepository topicTranslations) {
		this.pages = pages;
		this.pageTranslations = pageTranslations;
		this.news = news;
		this.newsTranslations = newsTranslations;
		this.topics = topics;
		this.topicTranslations = topicTranslations;
	}

	/** Every published page and news translation. */
	public List<ContentSearchEntry> all() {
		List<ContentSearchEntry> entries = new ArrayList<>();
		List<ContentPage> livePages = this.pages.findByDeletedAtIsNull();
		pageEntries(livePages, entries);
		newsEntries(this.news.findByDeletedAtIsNull(), entries);
		topicEntries(this.topics.findByDeletedAtIsNullOrderByPositionAscIdAsc(), entries);
		return entries;
	}

	/**
	 * The published translations of one page or news item: none when it is unpublished,
	 * in the trash or gone.
	 */
	public List<ContentSearchEntry> of(ContentKind kind, Long id) {
		List<ContentSearchEntry> entries = new ArrayList<>();
		if (kind == ContentKind.PAGE) {
			pageEntries(this.pages.findById(id).filter((page) -> !page.isDeleted()).stream().toList(), entries);
		}
		else if (kind == ContentKind.NEWS) {
			newsEntries(this.news.findById(id).filter((item) -> !item.isDeleted()).stream().toList(), entries);
		}
		else if (kind == ContentKind.TOPIC) {
			topicEntries(this.topics.findById(id).filter((topic) -> !topic.isDeleted()).stream().toList(), entries);
		}
		return entries;
	}

	private void pageEntries(List<ContentPage> live, List<ContentSearchEntry> entries) {
		Map<Long, ContentPage> byId = new HashMap<>();
		live.forEach((page) -> byId.put(page.getId(), page));
		for (ContentPageTranslation text : this.pageTranslations
			.findByPageIdInAndPublishedTitleIsNotNull(byId.keySet())) {
			entries.add(entry(ContentKind.PAGE, text.getPageId(), byId.get(text.getPageId()).getCountryScope(), text));
		}
	}

	/**
	 * Topics serve every country; people search for the theme ("work abroad", "return").
	 */
	private void topicEntries(List<Topic> live, List<ContentSearchEntry> entries) {
		Map<Long, Topic> byId = new HashMap<>();
		live.forEach((topic) -> byId.put(topic.getId(), topic));
		for (TopicTranslation text : this.topicTranslations.findByTopicIdInAndPublishedTitleIsNotNull(byId.keySet())) {
			entries.add(entry(ContentKind.TOPIC, text.getTopicId(), CountryScope.BOTH, text));
		}
	}

	private void newsEntries(List<NewsItem> live, List<ContentSearchEntry> entries) {
		Map<Long, NewsItem> byId = new HashMap<>();
		live.forEach((item) -> byId.put(item.getId(), item));
		for (NewsItemTranslation text : this.newsTranslations
			.findByNewsItemIdInAndPublishedTitleIsNotNull(byId.keySet())) {
			entries.add(entry(ContentKind.NEWS, text.getNewsItemId(), byId.get(text.getNewsItemId()).getCountryScope(),
					text));
		}
	}

	private static ContentSearchEntry entry(ContentKind kind, Long id, CountryScope country, TranslatedText text) {
		return new ContentSearchEntry(kind, id, text.getLocale(), country, text.getPublishedTitle(),
				(text.getPublishedSummary() != null) ? text.getPublishedSummary() : "",
				plainText(text.getPublishedBodyHtml()),
				"/" + text.getLocale() + "/" + kind.segment() + "/" + text.getPublishedSlug(), text.getPublishedAt());
	}

	/** The words of sanitised HTML, without tags and entities. */
	static String plainText(String html) {
		if (!StringUtils.hasText(html)) {
			return "";
		}
		return HtmlUtils.htmlUnescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
	}

}
