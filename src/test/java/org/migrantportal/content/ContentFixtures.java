package org.migrantportal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates and removes published content for tests, through the module's own entities (so
 * the Markdown is rendered and sanitised as on every save).
 */
public final class ContentFixtures {

	private static final Actor SYSTEM_EDITOR = new Actor(-1L, "editor@test.example", StaffRole.EDITOR,
			CountryScope.BOTH, null, false);

	private static final Actor SYSTEM_REVIEWER = new Actor(-2L, "reviewer@test.example", StaffRole.REVIEWER,
			CountryScope.BOTH, null, false);

	private final TopicRepository topics;

	private final ContentPageRepository pages;

	private final ContentPageTranslationRepository translations;

	private final TransactionTemplate transactions;

	private final TranslationRevisionRepository revisions;

	private final SlugAliasRepository aliases;

	private final ContentEditingService editing;

	private final ContentWorkflow workflow;

	private final NewsItemRepository news;

	private final NewsItemTranslationRepository newsTranslations;

	public ContentFixtures(ApplicationContext context) {
		this.editing = context.getBean(ContentEditingService.class);
		this.workflow = context.getBean(ContentWorkflow.class);
		this.news = context.getBean(NewsItemRepository.class);
		this.newsTranslations = context.getBean(NewsItemTranslationRepository.class);
		this.topics = context.getBean(TopicRepository.class);
		this.pages = context.getBean(ContentPageRepository.class);
		this.translations = context.getBean(ContentPageTranslationRepository.class);
		this.transactions = context.getBean(TransactionTemplate.class);
		this.revisions = context.getBean(TranslationRevisionRepository.class);
		this.aliases = context.getBean(SlugAliasRepository.class);
	}

	/** A unique slug, so tests sharing one database never collide. */
	public static String uniqueSlug(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A published page under the labour migration topic that exists in the given language
	 * only.
	 */
	public Long publishedPageOnlyIn(String locale, String title, String slug, String markdown) {
		return this.transactions.execute((status) -> {
			Topic topic = this.topics.findByContentKey("labour-migration").orElseThrow();
			ContentPage page = this.pages.save(new ContentPage(uniqueSlug("test-page"), topic.getId(),
					CountryScope.GEORGIA, 999, locale, Instant.now()));
			ContentPageTranslation translation = this.translations
				.save(new ContentPageTranslation(page.getId(), locale, title, slug, "", markdown, Instant.now()));
			translation.publish(null, Instant.now());
			return page.getId();
		});
	}

	/** Removes a page made by a test, with its translations, revisions and old slugs. */
	public void remove(Long pageId) {
		this.transactions.executeWithoutResult((status) -> {
			List<ContentPageTranslation> texts = this.translations.findByPageIdIn(List.of(pageId));
			texts.forEach((text) -> {
				text.unpublish(Instant.now());
				text.markTranslated(null, null, false);
			});
			this.translations.flush();
			texts.forEach((text) -> this.revisions
				.deleteAll(this.revisions.findBySubjectTypeAndTranslationIdOrderByRevisionNumberDesc(
						TranslationRevision.SubjectType.PAGE, text.getId())));
			this.aliases.deleteBySubjectTypeAndSubjectId("PAGE", pageId);
			this.translations.deleteAll(texts);
			this.pages.deleteById(pageId);
		});
	}

	/**
	 * A news item written and published in one language through the editorial workflow,
	 * by an IOM editor and a reviewer of both countries.
	 */
	public Long publishedNews(CountryScope country, LocalDate date, boolean featured, String locale, String title,
			String slug) {
		Long id = this.editing.createNews(SYSTEM_EDITOR, new NewsDetails(country, date, featured, null, 0), locale,
				new TranslationDraft(title, slug, "მოკლედ.", "ტექსტი.", "", false));
		long version = this.editing.getTranslation(SYSTEM_REVIEWER, ContentKind.NEWS, id, locale).version();
		this.workflow.publish(SYSTEM_REVIEWER, ContentKind.NEWS, id, locale, version);
		return id;
	}

	/** A news item saved as a draft in one language and never published. */
	public Long draftNews(CountryScope country, String locale, String title, String slug, String markdown) {
		return this.editing.createNews(SYSTEM_EDITOR, new NewsDetails(country, null, false, null, 0), locale,
				new TranslationDraft(title, slug, "", markdown, "", false));
	}

	/**
	 * Removes a news item made by a test, with its translations, revisions and old slugs.
	 */
	public void removeNews(Long newsId) {
		this.transactions.executeWithoutResult((status) -> {
			List<NewsItemTranslation> texts = this.newsTranslations.findByNewsItemIdIn(List.of(newsId));
			texts.forEach((text) -> {
				text.unpublish(Instant.now());
				text.markTranslated(null, null, false);
			});
			this.newsTranslations.flush();
			texts.forEach((text) -> this.revisions
				.deleteAll(this.revisions.findBySubjectTypeAndTranslationIdOrderByRevisionNumberDesc(
						TranslationRevision.SubjectType.NEWS, text.getId())));
			this.aliases.deleteBySubjectTypeAndSubjectId("NEWS", newsId);
			this.newsTranslations.deleteAll(texts);
			this.news.deleteById(newsId);
		});
	}

}
