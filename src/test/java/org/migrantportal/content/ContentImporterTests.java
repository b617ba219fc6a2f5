package org.migrantportal.content;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class ContentImporterTests {

	@Autowired
	private ContentImporter importer;

	@Autowired
	private ContentPageRepository pages;

	@Autowired
	private ContentPageTranslationRepository translations;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void importsEveryTopicAndPageInGeorgianEnglishAndArmenian() {
		for (String locale : List.of("ka", "en", "hy")) {
			assertThat(count("select count(*) from topic_translation where locale = ? and state = 'PUBLISHED'", locale))
				.as(locale)
				.isGreaterThanOrEqualTo(12);
			assertThat(count("select count(*) from content_page_translation where locale = ? and state = 'PUBLISHED'",
					locale))
				.as(locale)
				.isGreaterThanOrEqualTo(9);
		}
	}

	@Test
	void ownArmenianTranslationsAreMarkedAwaitingNativeReviewAndPointToTheirSourceRevision() {
		assertThat(count("select count(*) from content_page_translation where locale = 'hy' "
				+ "and (not awaiting_native_review or translated_from is null or source_revision_id is null)"))
			.isZero();
		assertThat(count("select count(*) from content_page_translation t join content_page p on p.id = t.page_id "
				+ "where t.locale = p.source_locale and t.awaiting_native_review"))
			.isZero();
	}

	@Test
	void everyImportedTranslationHasAFirstRevision() {
		assertThat(count("select count(*) from content_page_translation t where not exists (select 1 from "
				+ "translation_revision r where r.subject_type = 'PAGE' and r.translation_id = t.id)"))
			.isZero();
	}

	@Test
	void runningAgainAddsNothingAndNeverOverwritesAnEditorsChange() throws Exception {
		ContentPage page = this.pages.findByContentKey("checking-a-job-offer-abroad").orElseThrow();
		ContentPageTranslation georgian = this.translations.findByPageIdAndLocale(page.getId(), "ka").orElseThrow();
		String originalTitle = georgian.getTitle();
		long before = count("select count(*) from content_page_translation");
		try {
			this.transactions.executeWithoutResult((status) -> this.translations.findById(georgian.getId())
				.orElseThrow()
				.updateText("შეცვლილი სათაური", georgian.getSlug(), georgian.getSummary(), "რედაქტორის ტექსტი",
						java.time.Instant.now()));
			// as after new content or a new importer: every file is read against the
			// database again
			this.jdbc.update("delete from initial_import where name in ('topics', 'pages', 'news')");
			this.importer.run(new DefaultApplicationArguments());
			assertThat(count("select count(*) from initial_import where name in ('topics', 'pages', 'news')"))
				.isEqualTo(3);
			ContentPageTranslation after = this.translations.findById(georgian.getId()).orElseThrow();
			assertThat(after.getTitle()).isEqualTo("შეცვლილი სათაური");
			assertThat(after.getBodyMarkdown()).isEqualTo("რედაქტორის ტექსტი");
			assertThat(count("select count(*) from content_page_translation")).isEqualTo(before);
		}
		finally {
			this.transactions.executeWithoutResult((status) -> this.translations.findById(georgian.getId())
				.orElseThrow()
				.updateText(originalTitle, georgian.getSlug(), georgian.getSummary(), georgian.getBodyMarkdown(),
						java.time.Instant.now()));
		}
	}

	private long count(String sql, Object... args) {
		Long result = this.jdbc.queryForObject(sql, Long.class, args);
		return (result != null) ? result : 0;
	}

}
