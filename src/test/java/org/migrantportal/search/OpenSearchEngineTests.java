package org.migrantportal.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared-engine path on a real OpenSearch node: the same documents in the embedded
 * Lucene index and in OpenSearch give the same results for the queries people type
 * (Georgian word forms, Armenian, English, Latin letters, a wrong layout, typos,
 * filters), with the same marked snippets; changes and rebuilds reach it.
 */
class OpenSearchEngineTests {

	private static final List<String> LANGUAGES = List.of("ka", "en", "hy");

	private static EmbeddedOpenSearch cluster;

	private static OpenSearchEngine shared;

	private static LuceneSearchEngine embedded;

	private static final SiteLocales SITE_LOCALES = new SiteLocales("ka,en,hy", "en,ka,hy");

	@BeforeAll
	static void bothEnginesWithTheSameDocuments() {
		cluster = EmbeddedOpenSearch.start();
		shared = new OpenSearchEngine(cluster.url(), "portal-test", null, null, LANGUAGES);
		embedded = new LuceneSearchEngine(LANGUAGES, null);
		List<SearchDocument> documents = documents();
		shared.replaceAll(documents);
		embedded.replaceAll(documents);
	}

	@AfterAll
	static void stop() {
		if (embedded != null) {
			embedded.close();
		}
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	void bothEnginesFindTheSameDocumentsWithTheSameSnippets() {
		SearchService onLucene = new SearchService(embedded, SITE_LOCALES);
		SearchService onOpenSearch = new SearchService(shared, SITE_LOCALES);
		for (String[] query : new String[][] { { "ka", "მიგრანტების" }, { "ka", "ხელშეკრულებით" },
				{ "hy", "միգրանտների" }, { "en", "job offers" }, { "ka", "shromiti migracia" }, { "hy", "migrant" },
				{ "ka", "მიგრატიონ" }, { "en", "trafficing" }, { "ka", "მიგრნტები" },
				{ "en", "\"migration\" AND (work) [promise]" } }) {
			SearchResults lucene = onLucene.search(SITE_LOCALES.get(query[0]), query[1], null, null, 1);
			SearchResults open = onOpenSearch.search(SITE_LOCALES.get(query[0]), query[1], null, null, 1);
			assertThat(lucene.total()).as(query[1]).isPositive();
			assertThat(paths(open)).as(query[1]).isEqualTo(paths(lucene));
			assertThat(open.total()).as(query[1]).isEqualTo(lucene.total());
			assertThat(snippets(open)).as(query[1]).isEqualTo(snippets(lucene));
		}
		assertThat(paths(
				onOpenSearch.search(SITE_LOCALES.get("ka"), "მიგრაცია", SearchType.PAGE, CountryScope.ARMENIA, 1)))
			.isEqualTo(paths(
					onLucene.search(SITE_LOCALES.get("ka"), "მიგრაცია", SearchType.PAGE, CountryScope.ARMENIA, 1)))
			.doesNotContain("/ka/pages/shromiti-migracia");
	}

	@Test
	void aChangedSubjectAndAFullRebuildReachTheSharedIndex() {
		SearchService onOpenSearch = new SearchService(shared, SITE_LOCALES);
		SearchDocument news = new SearchDocument(SearchType.NEWS, 900L, "ka", CountryScope.GEORGIA,
				"ზღვისპირეთის შეხვედრა", "", "შეხვედრა ბათუმში.", "/ka/news/zghvispireti", Instant.now());
		shared.replaceSubject(news.subject(), List.of(news));
		assertThat(paths(onOpenSearch.search(SITE_LOCALES.get("ka"), "ბათუმში", null, null, 1)))
			.containsExactly("/ka/news/zghvispireti");
		shared.replaceSubject(news.subject(), List.of());
		assertThat(onOpenSearch.search(SITE_LOCALES.get("ka"), "ბათუმში", null, null, 1).hits()).isEmpty();

		shared.replaceAll(documents().subList(0, 2));
		assertThat(shared.size()).isEqualTo(2);
		shared.replaceAll(documents());
		assertThat(shared.size()).isEqualTo(embedded.size());
		assertThat(shared.shared()).isTrue();
	}

	private static Set<String> paths(SearchResults results) {
		Set<String> paths = new TreeSet<>();
		results.hits().forEach((hit) -> paths.add(hit.path()));
		return paths;
	}

	private static Set<String> snippets(SearchResults results) {
		Set<String> snippets = new TreeSet<>();
		results.hits().forEach((hit) -> snippets.add(hit.titleHtml() + " | " + hit.snippetHtml()));
		return snippets;
	}

	private static List<SearchDocument> documents() {
		List<SearchDocument> documents = new ArrayList<>();
		documents.add(
				new SearchDocument(SearchType.PAGE, 1L, "ka", CountryScope.GEORGIA, "შრომითი მიგრაცია საზღვარგარეთ", "",
						"შრომითი მიგრაციის დროს მიგრანტებისთვის მნიშვნელოვანია ხელშეკრულება. "
								+ "ტრეფიკინგის ნიშნები: დოკუმენტების ჩამორთმევა და ვალი.",
						"/ka/pages/shromiti-migracia", null));
		documents.add(new SearchDocument(SearchType.PAGE, 2L, "hy", CountryScope.ARMENIA, "Աշխատանքային միգրացիա", "",
				"Միգրանտների իրավունքները պաշտպանված են։ Աշխատանքի պայմանագիրը կարևոր է միգրանտի համար։",
				"/hy/pages/ashkhatankayin-migracia", null));
		documents.add(new SearchDocument(SearchType.PAGE, 3L, "en", CountryScope.BOTH, "Safe labour migration",
				"Check the offer first.",
				"Before you travel, check the job offer. Trafficking often starts with a false promise of work for migrants.",
				"/en/pages/safe-labour-migration", null));
		documents.add(new SearchDocument(SearchType.SERVICE, 4L, "ka", CountryScope.GEORGIA,
				"მიგრანტთა რესურს ცენტრები", "კონსულტაცია მიგრაციის საკითხებზე.",
				"მიგრანტებს ეხმარება სამუშაო შეთავაზების შემოწმებაში.", "/ka/services/mrc", null));
		documents.add(new SearchDocument(SearchType.NEWS, 5L, "en", CountryScope.ARMENIA,
				"NGOs discuss the rights of migrants", "A meeting in Yerevan.",
				"Georgian and Armenian organisations met to protect migrants and victims of trafficking.",
				"/en/news/ngos-discuss", Instant.parse("2026-11-26T10:00:00Z")));
		return documents;
	}

}
