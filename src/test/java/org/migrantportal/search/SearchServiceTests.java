package org.migrantportal.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentKind;
import org.migrantportal.editorial.EditorialChange;
import org.migrantportal.editorial.EditorialEvent;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search as people type it, on real Georgian, Armenian and English text: word forms,
 * Latin letters, wrong keyboard layouts, typos, other languages, filters and odd input.
 */
@PortalWebTest
class SearchServiceTests {

	private static final String GEORGIAN_BODY = "შრომითი მიგრაციის დროს მიგრანტებისთვის მნიშვნელოვანია ხელშეკრულება. "
			+ "ტრეფიკინგის ნიშნები: დოკუმენტების ჩამორთმევა და ვალი.";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private SearchService search;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private SiteLocales siteLocales;

	private ContentFixtures content;

	private final List<Long> pages = new ArrayList<>();

	private String georgianPath;

	private String armenianPath;

	private String englishPath;

	@BeforeEach
	void threePagesInThreeLanguages() {
		this.content = new ContentFixtures(this.context);
		String ka = ContentFixtures.uniqueSlug("shromiti-migracia");
		String hy = ContentFixtures.uniqueSlug("ashkhatankayin-migracia");
		String en = ContentFixtures.uniqueSlug("labour-migration");
		this.pages.add(this.content.publishedPageOnlyIn("ka", "შრომითი მიგრაცია საზღვარგარეთ", ka, GEORGIAN_BODY));
		this.pages.add(this.content.publishedPageOnlyIn("hy", "Աշխատանքային միգրացիա", hy,
				"Միգրանտների իրավունքները պաշտպանված են։ Աշխատանքի պայմանագիրը կարևոր է միգրանտի համար։"));
		this.pages.add(this.content.publishedPageOnlyIn("en", "Safe labour migration", en,
				"Before you travel, check the job offer. Trafficking often starts with a false promise of work for migrants."));
		this.georgianPath = "/ka/pages/" + ka;
		this.armenianPath = "/hy/pages/" + hy;
		this.englishPath = "/en/pages/" + en;
		this.indexing.reindexAll();
	}

	@AfterEach
	void remove() {
		this.pages.forEach(this.content::remove);
		this.indexing.reindexAll();
	}

	@Test
	void aLatinQueryRanksTheVisitorsLanguageFirstAndSuggestsOnlyItsSpelling() {
		for (String[] visitor : new String[][] { { "ka", "GEORGIAN" }, { "hy", "ARMENIAN" } }) {
			SearchResults results = this.search.search(locale(visitor[0]), "migracia", null, null, 1);
			assertThat(results.hits()).as(visitor[0]).isNotEmpty();
			assertThat(results.hits().get(0).locale().tag()).as("first result on /" + visitor[0] + "/")
				.isEqualTo(visitor[0]);
			Character.UnicodeScript script = Character.UnicodeScript.valueOf(visitor[1]);
			assertThat(results.alsoSearched()).as("suggestions on /" + visitor[0] + "/")
				.isNotEmpty()
				.allMatch((spelling) -> spelling.codePoints()
					.filter(Character::isLetter)
					.allMatch((letter) -> Character.UnicodeScript.of(letter) == script));
		}
		SearchResults english = this.search.search(locale("en"), "migration", null, null, 1);
		assertThat(english.hits().get(0).locale().tag()).isEqualTo("en");
		assertThat(english.alsoSearched()).as("no Georgian or Armenian spelling offered on /en/").isEmpty();
	}

	@Test
	void georgianWordFormsFindEachOther() {
		for (String query : List.of("მიგრანტი", "მიგრანტების", "მიგრაცია", "მიგრაციაზე", "ტრეფიკინგი", "ტრეფიკინგთან",
				"ხელშეკრულებით", "დოკუმენტები")) {
			assertThat(paths(locale("ka"), query)).as(query).contains(this.georgianPath);
		}
	}

	@Test
	void normalisingGeorgianFindsWhatExactWordsMiss() throws IOException {
		List<String> queries = List.of("მიგრანტი", "მიგრანტების", "მიგრაცია", "მიგრაციაზე", "ტრეფიკინგი",
				"ტრეფიკინგთან", "ხელშეკრულებით", "დოკუმენტები", "შრომით", "ვალის");
		int exact = 0;
		int normalised = 0;
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
				Document document = new Document();
				document.add(new TextField("text", GEORGIAN_BODY, Field.Store.NO));
				writer.addDocument(document);
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				for (String query : queries) {
					exact += (searcher.count(new TermQuery(new Term("text", query))) > 0) ? 1 : 0;
					normalised += paths(locale("ka"), query).contains(this.georgianPath) ? 1 : 0;
				}
			}
		}
		assertThat(exact).as("exact words found").isLessThanOrEqualTo(2);
		assertThat(normalised).as("normalised word forms found").isEqualTo(queries.size());
	}

	@Test
	void latinLettersFindGeorgianAndArmenian() {
		assertThat(paths(locale("ka"), "migracia")).contains(this.georgianPath);
		assertThat(paths(locale("ka"), "shromiti migracia")).contains(this.georgianPath);
		assertThat(paths(locale("en"), "shromiti migratsia")).contains(this.georgianPath);
		assertThat(paths(locale("ka"), "trefikingi")).contains(this.georgianPath);
		assertThat(paths(locale("hy"), "migrant")).contains(this.armenianPath);
		SearchResults results = this.search.search(locale("ka"), "shromiti migracia", null, null, 1);
		assertThat(results.alsoSearched()).as("the page says how it read the query").contains("შრომითი მიგრაცია");
	}

	@Test
	void aWrongKeyboardLayoutIsReadAsTheLayoutMeant() {
		// Georgian meant, English layout on: the keys of მიგრაცია
		assertThat(paths(locale("ka"), "migracia")).contains(this.georgianPath);
		// English meant, Georgian layout on: "migration" typed on Georgian keys
		assertThat(paths(locale("ka"), "მიგრატიონ")).contains(this.englishPath);
		assertThat(this.search.search(locale("ka"), "მიგრატიონ", null, null, 1).alsoSearched()).contains("migration");
	}

	@Test
	void aQueryInOneLanguageFindsContentOnlyInAnotherLabelledWithItsLanguage() {
		SearchResults results = this.search.search(locale("ka"), "trafficking promise", null, null, 1);
		assertThat(results.hits()).anySatisfy((hit) -> {
			assertThat(hit.path()).isEqualTo(this.englishPath);
			assertThat(hit.locale().tag()).isEqualTo("en");
		});
	}

	@Test
	void smallTyposStillFind() {
		assertThat(paths(locale("en"), "trafficing")).contains(this.englishPath);
		assertThat(paths(locale("en"), "migrnts")).contains(this.englishPath);
		assertThat(paths(locale("ka"), "მიგრნტები")).contains(this.georgianPath);
	}

	@Test
	void theWordATypoFoundIsMarkedInTheSnippet() {
		SearchHit hit = java.util.stream.IntStream.rangeClosed(1, 3)
			.boxed()
			.flatMap((page) -> this.search.search(locale("en"), "trafficing", null, null, page).hits().stream())
			.filter((candidate) -> candidate.path().equals(this.englishPath))
			.findFirst()
			.orElseThrow();
		assertThat(hit.snippetHtml()).containsIgnoringCase("<mark>trafficking</mark>");
	}

	@Test
	void matchesAreMarkedInTheSnippetAndEverythingElseIsEscaped() {
		SearchHit hit = this.search.search(locale("en"), "offer", null, null, 1)
			.hits()
			.stream()
			.filter((candidate) -> candidate.path().equals(this.englishPath))
			.findFirst()
			.orElseThrow();
		assertThat(hit.snippetHtml()).contains("<mark>offer</mark>");
		SearchResults odd = this.search.search(locale("en"), "\"migration\" AND (work) \\ *?~: [promise]", null, null,
				1);
		assertThat(odd.hits()).extracting(SearchHit::path).contains(this.englishPath);
		SearchResults script = this.search.search(locale("en"), "<script>alert(1)</script>", null, null, 1);
		assertThat(script.query()).isEqualTo("<script>alert(1)</script>");
		assertThat(script.hits())
			.allSatisfy((each) -> assertThat(each.titleHtml() + each.snippetHtml()).doesNotContain("<script"));
	}

	@Test
	void emptyAndHugeQueriesAnswerNormally() {
		assertThat(this.search.search(locale("ka"), "", null, null, 1).hits()).isEmpty();
		assertThat(this.search.search(locale("ka"), "   \"\" () \\\\ ", null, null, 1).hits()).isEmpty();
		SearchResults huge = this.search.search(locale("ka"), "მიგრაცია ".repeat(500), null, null, 1);
		assertThat(huge.query()).hasSizeLessThanOrEqualTo(SearchService.MAX_QUERY_LENGTH);
		assertThat(huge.hits()).extracting(SearchHit::path).contains(this.georgianPath);
	}

	@Test
	void typeAndCountryFilterTheResults() {
		assertThat(paths(locale("ka"), "მიგრაცია", SearchType.NEWS, null)).doesNotContain(this.georgianPath);
		assertThat(paths(locale("ka"), "მიგრაცია", SearchType.PAGE, CountryScope.GEORGIA)).contains(this.georgianPath);
		assertThat(paths(locale("ka"), "მიგრაცია", SearchType.PAGE, CountryScope.ARMENIA))
			.doesNotContain(this.georgianPath);
	}

	@Test
	void aPublishedChangeIsFoundWithinSeconds() {
		String slug = ContentFixtures.uniqueSlug("axali");
		Long id = this.content.publishedPageOnlyIn("ka", "ახალი გვერდი ზღვისპირეთზე", slug, "ზღვისპირეთი.");
		this.pages.add(id);
		assertThat(paths(locale("ka"), "ზღვისპირეთი")).as("not indexed without an event")
			.doesNotContain("/ka/pages/" + slug);
		// the editorial services publish this event in their transaction; so does the
		// test
		this.context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> this.context
				.publishEvent(EditorialEvent.of(ContentKind.PAGE.editable(), id, "ka", EditorialChange.PUBLISHED, "",
						CountryScope.GEORGIA, null, null, null, null, Instant.now(), "/admin/pages/" + id + "/ka")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(paths(locale("ka"), "ზღვისპირეთი")).contains("/ka/pages/" + slug));
	}

	private List<String> paths(SiteLocale locale, String query) {
		return paths(locale, query, null, null);
	}

	/** The paths of the first three pages of results. */
	private List<String> paths(SiteLocale locale, String query, SearchType type, CountryScope country) {
		List<String> paths = new ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			this.search.search(locale, query, type, country, page).hits().forEach((hit) -> paths.add(hit.path()));
		}
		return paths;
	}

	private SiteLocale locale(String tag) {
		return this.siteLocales.get(tag);
	}

}
