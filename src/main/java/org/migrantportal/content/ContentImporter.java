package org.migrantportal.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.i18n.KnownLanguages;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.FrontMatterDocument;
import org.migrantportal.shared.InitialImports;
import org.migrantportal.shared.Slugs;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the versioned initial content ({@code content/topics/<key>/},
 * {@code content/pages/<key>/} and {@code content/news/<key>/}: a YAML file for the root,
 * one Markdown file with front matter per locale) at start. It adds only what the
 * database does not have yet and never touches a translation that exists: after the first
 * import, the database is the truth.
 */
@Component
@Order(10)
class ContentImporter implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(ContentImporter.class);

	private static final String NOTE = "Initial content";

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	private final TopicRepository topics;

	private final TopicTranslationRepository topicTranslations;

	private final ContentPageRepository pages;

	private final ContentPageTranslationRepository pageTranslations;

	private final TranslationRevisions revisions;

	private final NewsItemRepository news;

	private final NewsItemTranslationRepository newsTranslations;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final InitialImports imports;

	ContentImporter(TopicRepository topics, TopicTranslationRepository topicTranslations, ContentPageRepository pages,
			ContentPageTranslationRepository pageTranslations, NewsItemRepository news,
			NewsItemTranslationRepository newsTranslations, TranslationRevisions revisions,
			TransactionTemplate transactions, Clock clock, InitialImports imports) {
		this.topics = topics;
		this.topicTranslations = topicTranslations;
		this.pages = pages;
		this.pageTranslations = pageTranslations;
		this.revisions = revisions;
		this.news = news;
		this.newsTranslations = newsTranslations;
		this.transactions = transactions;
		this.clock = clock;
		this.imports = imports;
	}

	@Override
	public void run(ApplicationArguments args) {
		importKind("topics", "topic.yml", this::importTopic);
		importKind("pages", "page.yml", this::importPage);
		importKind("news", "news.yml", this::importNews);
	}

	private void importKind(String kind, String rootFile, ToIntFunction<ContentItem> importItem) {
		this.imports.importUnlessUnchanged(kind, kind, this, "", () -> {
			int added = 0;
			for (ContentItem item : items(kind, rootFile)) {
				added += this.transactions.execute((status) -> importItem.applyAsInt(item));
			}
			logger.info("Initial {}: {} new translations imported", kind, added);
		});
	}

	private int importTopic(ContentItem item) {
		Instant now = this.clock.instant();
		Topic topic = this.topics.findByContentKey(item.key())
			.orElseGet(() -> this.topics.save(new Topic(item.key(), item.position(), item.sourceLocale(), now)));
		return importTranslations(item, TranslationRevision.SubjectType.TOPIC,
				(locale) -> this.topicTranslations.findByTopicIdAndLocale(topic.getId(), locale),
				(doc, locale) -> new TopicTranslation(topic.getId(), locale, doc.requiredString("title"),
						slug(item, doc), doc.string("summary"), doc.body(), now),
				this.topicTranslations::save, this.topicTranslations::existsByLocaleAndSlug);
	}

	private int importPage(ContentItem item) {
		Instant now = this.clock.instant();
		String topicKey = item.meta().requiredString("topic");
		Topic topic = this.topics.findByContentKey(topicKey)
			.orElseThrow(() -> new IllegalStateException("Page " + item.key() + " names unknown topic " + topicKey));
		CountryScope country = CountryScope.parse(item.meta().requiredString("country"))
			.orElseThrow(() -> new IllegalStateException("Page " + item.key() + " has an unknown country"));
		ContentPage page = this.pages.findByContentKey(item.key())
			.orElseGet(() -> this.pages
				.save(new ContentPage(item.key(), topic.getId(), country, item.position(), item.sourceLocale(), now)));
		return importTranslations(item, TranslationRevision.SubjectType.PAGE,
				(locale) -> this.pageTranslations.findByPageIdAndLocale(page.getId(), locale),
				(doc, locale) -> new ContentPageTranslation(page.getId(), locale, doc.requiredString("title"),
						slug(item, doc), doc.string("summary"), doc.body(), now),
				this.pageTranslations::save, this.pageTranslations::existsByLocaleAndSlug);
	}

	private int importNews(ContentItem item) {
		Instant now = this.clock.instant();
		CountryScope country = CountryScope.parse(item.meta().requiredString("country"))
			.orElseThrow(() -> new IllegalStateException("News " + item.key() + " has an unknown country"));
		// a news item is dated only when its source gives the full date: never the
		// import's day
		LocalDate date = item.meta().date("date");
		NewsItem news = this.news.findByContentKey(item.key())
			.orElseGet(() -> this.news.save(new NewsItem(item.key(), country, date, item.meta().flag("featured"),
					item.position(), item.sourceLocale(), now)));
		return importTranslations(item, TranslationRevision.SubjectType.NEWS,
				(locale) -> this.newsTranslations.findByNewsItemIdAndLocale(news.getId(), locale),
				(doc, locale) -> new NewsItemTranslation(news.getId(), locale, doc.requiredString("title"),
						slug(item, doc), doc.string("summary"), doc.body(), now),
				this.newsTranslations::save, this.newsTranslations::existsByLocaleAndSlug);
	}

	private <T extends TranslatedText> int importTranslations(ContentItem item, TranslationRevision.SubjectType type,
			Function<String, Optional<T>> existing, BiFunction<FrontMatterDocument, String, T> create,
			Function<T, T> save, BiFunction<String, String, Boolean> slugTaken) {
		int added = 0;
		Map<String, Long> revisionByLocale = new LinkedHashMap<>();
		for (Map.Entry<String, FrontMatterDocument> entry : item.translations().entrySet()) {
			String locale = entry.getKey();
			FrontMatterDocument doc = entry.getValue();
			Optional<T> present = existing.apply(locale);
			if (present.isPresent()) {
				this.revisions.latest(type, present.get())
					.ifPresent((revision) -> revisionByLocale.put(locale, revision.getId()));
				continue;
			}
			String slug = slug(item, doc);
			if (slugTaken.apply(locale, slug)) {
				logger.warn("Not importing {}/{}: slug '{}' is already used in that language", item.key(), locale,
						slug);
				continue;
			}
			T translation = save.apply(create.apply(doc, locale));
			String from = doc.string("translated-from");
			Long sourceRevision = (from != null) ? revisionByLocale.get(from) : null;
			translation.markTranslated(from, sourceRevision, doc.flag("awaiting-native-review"));
			TranslationRevision revision = this.revisions.recordImported(type, translation, NOTE,
					sourceDate(item, doc));
			translation.publish(revision.getId(), this.clock.instant());
			revisionByLocale.put(locale, revision.getId());
			added++;
		}
		return added;
	}

	/**
	 * When the source says its text last changed: {@code updated} (or {@code date}) in
	 * the translation's front matter, else in the item's root file; null when neither
	 * says. Never the day of the import.
	 */
	private static Instant sourceDate(ContentItem item, FrontMatterDocument doc) {
		LocalDate date = Optional.ofNullable(doc.date("updated"))
			.or(() -> Optional.ofNullable(doc.date("date")))
			.or(() -> Optional.ofNullable(item.meta().date("updated")))
			.or(() -> Optional.ofNullable(item.meta().date("date")))
			.orElse(null);
		return (date != null) ? date.atTime(12, 0).toInstant(ZoneOffset.UTC) : null;
	}

	private static String slug(ContentItem item, FrontMatterDocument doc) {
		String slug = doc.requiredString("slug");
		if (!Slugs.isValid(slug)) {
			throw new IllegalStateException("Content " + item.key() + " has an invalid slug: " + slug);
		}
		return slug;
	}

	/**
	 * Reads every {@code content/<kind>/<key>/} folder: its root YAML file and its
	 * translations.
	 */
	private List<ContentItem> items(String kind, String rootFile) {
		try {
			return readItems(kind, rootFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read content/" + kind, ex);
		}
	}

	private List<ContentItem> readItems(String kind, String rootFile) throws IOException {
		Map<String, ContentItem> items = new TreeMap<>();
		for (Resource meta : this.resources.getResources("classpath*:content/" + kind + "/*/" + rootFile)) {
			String key = folderName(meta);
			Map<String, Object> attributes = FrontMatterDocument.readYaml(meta);
			FrontMatterDocument root = new FrontMatterDocument(attributes, "");
			Map<String, FrontMatterDocument> translations = new TreeMap<>();
			for (Resource file : this.resources.getResources("classpath*:content/" + kind + "/" + key + "/*.md")) {
				String locale = file.getFilename().replaceFirst("\\.md$", "");
				if (KnownLanguages.find(locale).isEmpty()) {
					throw new IllegalStateException(
							"Content " + key + " has a file for an unknown language: " + locale);
				}
				translations.put(locale, FrontMatterDocument.read(file));
			}
			items.put(key, new ContentItem(key, root, sourceFirst(root.requiredString("source-locale"), translations)));
		}
		return new ArrayList<>(items.values());
	}

	/**
	 * Orders translations so that the source language comes first and the others can
	 * refer to it.
	 */
	private static Map<String, FrontMatterDocument> sourceFirst(String sourceLocale,
			Map<String, FrontMatterDocument> translations) {
		Map<String, FrontMatterDocument> ordered = new LinkedHashMap<>();
		translations.entrySet()
			.stream()
			.sorted(Comparator
				.comparing((Map.Entry<String, FrontMatterDocument> entry) -> !entry.getKey().equals(sourceLocale)))
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private static String folderName(Resource resource) throws IOException {
		String path = resource.getURL().getPath();
		String folder = path.substring(0, path.lastIndexOf('/'));
		return folder.substring(folder.lastIndexOf('/') + 1);
	}

	/**
	 * One content folder: its root attributes and its translations, source language
	 * first.
	 */
	private record ContentItem(String key, FrontMatterDocument meta, Map<String, FrontMatterDocument> translations) {

		int position() {
			return this.meta.integer("position", 0);
		}

		String sourceLocale() {
			return this.meta.requiredString("source-locale");
		}

	}

}
