package org.migrantportal.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.PublishedViews;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The content module on its own (with the modules it needs): import, then read as the
 * public does.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(ContentIntegrationTests.NoKeptViews.class)
class ContentIntegrationTests {

	/**
	 * The page cache, which keeps views, is another module: here every view is read anew.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class NoKeptViews {

		@Bean
		PublishedViews publishedViews() {
			return PublishedViews.NONE;
		}

	}

	@Autowired
	private ContentService content;

	@Autowired
	private SiteLocales locales;

	@Test
	void everyTopicIsListedInItsOwnTranslationForEachLanguage() {
		for (SiteLocale locale : this.locales.all()) {
			List<TopicSummary> topics = this.content.listTopics(locale);
			assertThat(topics).hasSizeGreaterThanOrEqualTo(12);
			assertThat(topics).allSatisfy((topic) -> {
				assertThat(topic.fallback()).isFalse();
				assertThat(topic.shownLocale()).isEqualTo(locale);
				assertThat(topic.path()).startsWith("/" + locale.tag() + "/topics/");
			});
		}
	}

	@Test
	void pageSaysWhichLanguageItReturnedAndWhereEveryTranslationLives() {
		SiteLocale armenian = this.locales.get("hy");
		PageView page = this.content.getPage(armenian, "migrantneri-resursayin-kentronner");
		assertThat(page.shownLocale()).isEqualTo(armenian);
		assertThat(page.fallback()).isFalse();
		assertThat(page.awaitingNativeReview()).isTrue();
		assertThat(page.bodyHtml()).contains("<h2>");
		assertThat(page.topic().path()).isEqualTo("/hy/topics/ashkhatankayin-migratsia");
		Map<SiteLocale, String> existing = page.paths().existing();
		assertThat(existing.values()).containsExactly("/ka/pages/migrantta-resurs-tsentrebi",
				"/en/pages/migrant-resource-centres", "/hy/pages/migrantneri-resursayin-kentronner");
	}

	@Test
	void unknownSlugIsNotFound() {
		assertThatExceptionOfType(ContentNotFoundException.class)
			.isThrownBy(() -> this.content.getPage(this.locales.defaultLocale(), "no-such-page"));
		assertThatExceptionOfType(ContentNotFoundException.class)
			.isThrownBy(() -> this.content.getTopic(this.locales.defaultLocale(), "no-such-topic"));
	}

	@Test
	void publicTranslationPathsCoverEveryTopicAndPage() {
		List<Map<SiteLocale, String>> groups = this.content.listPublicTranslationPaths();
		assertThat(groups).hasSizeGreaterThanOrEqualTo(21);
		assertThat(groups).allSatisfy((group) -> assertThat(group).isNotEmpty());
	}

}
