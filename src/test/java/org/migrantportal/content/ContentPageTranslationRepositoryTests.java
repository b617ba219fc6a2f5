package org.migrantportal.content;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(initializers = TestDatabase.class)
class ContentPageTranslationRepositoryTests {

	@Autowired
	private TopicRepository topics;

	@Autowired
	private ContentPageRepository pages;

	@Autowired
	private ContentPageTranslationRepository translations;

	@Test
	void aSlugIsUniqueWithinALanguageButMayRepeatAcrossLanguages() {
		ContentPage page = newPage();
		this.translations.saveAndFlush(translation(page, "en", "same-slug-repo-test"));
		this.translations.saveAndFlush(translation(page, "hy", "same-slug-repo-test"));
		ContentPage other = newPage();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.translations.saveAndFlush(translation(other, "en", "same-slug-repo-test")));
	}

	@Test
	void aPageHasOneTranslationPerLanguage() {
		ContentPage page = newPage();
		this.translations.saveAndFlush(translation(page, "ka", "first-repo-test"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.translations.saveAndFlush(translation(page, "ka", "second-repo-test")));
	}

	@Test
	void findsOnlyTheLiveTranslationsOfTheGivenPages() {
		ContentPage page = newPage();
		ContentPageTranslation published = translation(page, "ka", "published-repo-test");
		published.publish(null, Instant.now());
		this.translations.saveAndFlush(published);
		this.translations.saveAndFlush(translation(page, "en", "draft-repo-test"));
		assertThat(this.translations.findByPageIdInAndPublishedTitleIsNotNull(List.of(page.getId())))
			.extracting(ContentPageTranslation::getSlug)
			.containsExactly("published-repo-test");
	}

	@Test
	void savingRendersSanitisedHtmlBesideTheMarkdown() {
		ContentPage page = newPage();
		ContentPageTranslation saved = this.translations.saveAndFlush(new ContentPageTranslation(page.getId(), "ka",
				"სათაური", "html-repo-test", "", "**მნიშვნელოვანი** <script>x()</script>", Instant.now()));
		assertThat(saved.getBodyMarkdown()).contains("<script>");
		assertThat(saved.getBodyHtml()).contains("<strong>მნიშვნელოვანი</strong>").doesNotContain("<script>");
	}

	private ContentPage newPage() {
		Topic topic = this.topics.save(new Topic(ContentFixtures.uniqueSlug("repo-topic"), 0, "ka", Instant.now()));
		return this.pages.save(new ContentPage(ContentFixtures.uniqueSlug("repo-page"), topic.getId(),
				CountryScope.BOTH, 0, "ka", Instant.now()));
	}

	private static ContentPageTranslation translation(ContentPage page, String locale, String slug) {
		return new ContentPageTranslation(page.getId(), locale, "Title " + slug, slug, "", "Body", Instant.now());
	}

}
