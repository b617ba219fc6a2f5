package org.migrantportal.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches published pages, news and services in every language at once, the way people
 * type: word forms (Georgian normalised, English and Armenian stemmed), Latin letters for
 * Georgian and Armenian, the wrong keyboard layout, and small typos. Queries are built
 * from the words typed, never parsed, so quotes, brackets, operators and backslashes are
 * just characters. Results in the visitor's language come first; every result says its
 * language.
 */
@Service
public class SearchService {

	/** The longest query searched; the rest is ignored. */
	public static final int MAX_QUERY_LENGTH = 200;

	/** The most words of a query searched. */
	static final int MAX_WORDS = 12;

	/** The most results on one page, and the deepest page. */
	public static final int PAGE_SIZE = 10;

	public static final int MAX_PAGE = 50;

	private static final int SNIPPET_LENGTH = 220;

	/** How long a search in the first moments of a start waits for the index. */
	private static final Duration INDEX_WAIT = Duration.ofSeconds(10);

	private static final Analyzer SKELETON_ANALYZER = new SearchAnalysis.SkeletonAnalyzer();

	private final SearchEngine engine;

	private final SiteLocales siteLocales;

	private final SearchSynonyms synonyms;

	private final Timer latency;

	/** The index the start builds, or null when the engine is filled by its caller. */
	private final SearchIndexing indexing;

	/** A search without synonyms, for tests and benchmarks of the engines. */
	SearchService(SearchEngine engine, SiteLocales siteLocales) {
		this(engine, siteLocales, SearchSynonyms.none(), new SimpleMeterRegistry(), null);
	}

	@Autowired
	SearchService(SearchEngine engine, SiteLocales siteLocales, SearchSynonyms synonyms, MeterRegistry meters,
			SearchIndexing indexing) {
		this.engine = engine;
		this.indexing = indexing;
		this.siteLocales = siteLocales;
		this.synonyms = synonyms;
		this.latency = Timer.builder("portal.search")
			.description("Time of a public search, query building, engine and highlighting")
			.tag("engine", engine.getClass().getSimpleName())
			.register(meters);
	}

	/**
	 * A page of results for what the visitor typed, optionally only one type and one
	 * country (regional content included).
	 */
	public SearchResults search(SiteLocale visitor, String typed, SearchType type, CountryScope country, int page) {
		if (this.indexing != null && !this.indexing.awaitBuilt(INDEX_WAIT)) {
			throw new SearchIndexNotReadyException();
		}
		return this.latency.record(() -> searchIn(this.engine, visitor, typed, type, country, page));
	}

	/** The same search in any engine, such as the drafts' index of the back-office. */
	SearchResults searchIn(SearchEngine engine, SiteLocale visitor, String typed, SearchType type, CountryScope country,
			int page) {
		String query = clean(typed);
		List<String> words = words(query);
		if (words.isEmpty()) {
			return SearchResults.empty(query, PAGE_SIZE);
		}
		int shownPage = Math.max(1, Math.min(page, MAX_PAGE));
		Query lucene = filtered(build(words, visitor.tag()), type, country);
		SearchEngine.Found found = engine.search(lucene, shownPage * PAGE_SIZE);
		List<SearchDocument> shown = found.documents()
			.subList(Math.min(found.documents().size(), (shownPage - 1) * PAGE_SIZE), found.documents().size());
		Query marked = (found.expanded() != null) ? found.expanded() : expandedOver(shown, lucene);
		List<SearchHit> hits = new ArrayList<>();
		for (SearchDocument document : shown) {
			hits.add(hit(marked, document));
		}
		int totalPages = (int) Math.max(1, Math.min(MAX_PAGE, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return new SearchResults(query, hits, found.total(), shownPage, PAGE_SIZE, totalPages,
				alsoSearched(query, words, hits, scriptOfLanguage(visitor)));
	}

	/**
	 * For an engine that does not give the query as it searched it (OpenSearch): the
	 * query with its fuzzy terms expanded once over the shown results (a small index of
	 * them in memory), so that marking the snippets does not expand them again for every
	 * result and field.
	 */
	private Query expandedOver(List<SearchDocument> shown, Query query) {
		if (shown.isEmpty()) {
			return query;
		}
		try (LuceneSearchEngine page = new LuceneSearchEngine(
				this.siteLocales.all().stream().map(SiteLocale::tag).toList(), null)) {
			page.replaceAll(shown);
			return page.rewrite(query);
		}
	}

	/** The query as searched: trimmed, capped, control characters removed. */
	static String clean(String typed) {
		if (typed == null) {
			return "";
		}
		String text = typed.replaceAll("\\p{Cntrl}", " ").strip();
		return (text.length() > MAX_QUERY_LENGTH) ? text.substring(0, MAX_QUERY_LENGTH) : text;
	}

	/** The words of a query, lower case, without punctuation or operators. */
	static List<String> words(String query) {
		Set<String> words = new LinkedHashSet<>();
		for (String part : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
			if (!part.isEmpty() && words.size() < MAX_WORDS) {
				words.add((part.length() > 40) ? part.substring(0, 40) : part);
			}
		}
		return List.copyOf(words);
	}

	private Query build(List<String> words, String visitorTag) {
		List<Query> required = new ArrayList<>();
		List<Query> optional = new ArrayList<>();
		List<SearchSynonyms.Expansion> expansions = this.synonyms.expansionsOf(words);
		for (String word : words) {
			BooleanQuery.Builder ways = new BooleanQuery.Builder();
			for (SearchSynonyms.Expansion expansion : expansions) {
				if (expansion.words().contains(word)) {
					for (List<String> alternative : expansion.alternatives()) {
						ways.add(new BoostQuery(allOf(alternative, visitorTag), 0.8f), BooleanClause.Occur.SHOULD);
					}
				}
			}
			boolean stopWordSomewhere = false;
			for (SiteLocale locale : this.siteLocales.all()) {
				String tag = locale.tag();
				List<String> terms = analyze(SearchAnalysis.forLanguage(tag), word);
				stopWordSomewhere |= terms.isEmpty();
				for (String term : terms) {
					float boost = tag.equals(visitorTag) ? 2f : 1.5f;
					ways.add(new BoostQuery(new TermQuery(new Term(SearchAnalysis.TEXT + tag, term)), boost),
							BooleanClause.Occur.SHOULD);
					ways.add(new BoostQuery(new TermQuery(new Term(SearchAnalysis.TITLE + tag, term)), boost * 1.5f),
							BooleanClause.Occur.SHOULD);
					fuzzy(ways, SearchAnalysis.TEXT + tag, term, 0.4f);
				}
			}
			String inVisitorsScript = nativeReading(word, scriptOfTag(visitorTag));
			if (inVisitorsScript != null) {
				// a Latin word read in the visitor's own script ranks their language
				// first
				for (String term : analyze(SearchAnalysis.forLanguage(visitorTag), inVisitorsScript)) {
					ways.add(new BoostQuery(new TermQuery(new Term(SearchAnalysis.TEXT + visitorTag, term)), 2.5f),
							BooleanClause.Occur.SHOULD);
					ways.add(new BoostQuery(new TermQuery(new Term(SearchAnalysis.TITLE + visitorTag, term)), 3.5f),
							BooleanClause.Occur.SHOULD);
				}
			}
			for (String reading : readings(word)) {
				String skeleton = SearchAnalysis.normalise(reading, true);
				if (!skeleton.isEmpty()) {
					ways.add(new TermQuery(new Term(SearchAnalysis.SKELETON, skeleton)), BooleanClause.Occur.SHOULD);
					fuzzy(ways, SearchAnalysis.SKELETON, skeleton, 0.3f);
				}
			}
			for (String latin : layoutReadings(word)) {
				for (SiteLocale locale : this.siteLocales.all()) {
					for (String term : analyze(SearchAnalysis.forLanguage(locale.tag()), latin)) {
						ways.add(new TermQuery(new Term(SearchAnalysis.TEXT + locale.tag(), term)),
								BooleanClause.Occur.SHOULD);
					}
				}
			}
			// short words and stop words ("and", "და", "և") only help ranking
			boolean meaningful = !stopWordSomewhere && word.codePointCount(0, word.length()) >= 3;
			(meaningful ? required : optional).add(ways.build());
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		if (required.isEmpty()) {
			optional.forEach((query) -> all.add(query, BooleanClause.Occur.SHOULD));
			return all.setMinimumNumberShouldMatch(1).build();
		}
		BooleanQuery.Builder most = new BooleanQuery.Builder();
		required.forEach((query) -> most.add(query, BooleanClause.Occur.SHOULD));
		all.add(most.setMinimumNumberShouldMatch(wordsToMatch(required.size())).build(), BooleanClause.Occur.MUST);
		optional.forEach((query) -> all.add(query, BooleanClause.Occur.SHOULD));
		return all.build();
	}

	/**
	 * A synonym's words all found in one language's text or title (an alternative way of
	 * saying one of the query's words).
	 */
	private Query allOf(List<String> alternative, String visitorTag) {
		BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
		for (SiteLocale locale : this.siteLocales.all()) {
			String tag = locale.tag();
			BooleanQuery.Builder every = new BooleanQuery.Builder();
			boolean any = false;
			for (String word : alternative) {
				List<String> terms = analyze(SearchAnalysis.forLanguage(tag), word);
				if (terms.isEmpty()) {
					continue;
				}
				BooleanQuery.Builder oneWord = new BooleanQuery.Builder();
				for (String term : terms) {
					oneWord.add(new TermQuery(new Term(SearchAnalysis.TEXT + tag, term)), BooleanClause.Occur.SHOULD);
					oneWord.add(new TermQuery(new Term(SearchAnalysis.TITLE + tag, term)), BooleanClause.Occur.SHOULD);
				}
				every.add(oneWord.build(), BooleanClause.Occur.MUST);
				any = true;
			}
			if (any) {
				anyLanguage.add(new BoostQuery(every.build(), tag.equals(visitorTag) ? 1.5f : 1f),
						BooleanClause.Occur.SHOULD);
			}
		}
		return anyLanguage.build();
	}

	/**
	 * How many of a query's meaningful words a result must match: all of one or two, then
	 * all but one in four, so a stray word does not hide what the rest find.
	 */
	static int wordsToMatch(int words) {
		return (words <= 2) ? words : words - Math.max(1, words / 4);
	}

	/** The word as typed and, for Latin letters, read as Georgian and as Armenian. */
	private static Set<String> readings(String word) {
		Set<String> readings = new LinkedHashSet<>();
		readings.add(word);
		if (Transliteration.isLatin(word)) {
			readings.add(Transliteration.latinToGeorgian(word));
			readings.add(KeyboardLayouts.latinKeysAsGeorgian(word));
			readings.add(Transliteration.latinToArmenian(word));
			readings.add(KeyboardLayouts.latinKeysAsArmenian(word));
		}
		return readings;
	}

	/**
	 * A Latin word read in the given script, if it is one the portal transliterates into.
	 */
	private static String nativeReading(String word, Character.UnicodeScript script) {
		if (!Transliteration.isLatin(word) || script == null) {
			return null;
		}
		return switch (script) {
			case GEORGIAN -> Transliteration.latinToGeorgian(word);
			case ARMENIAN -> Transliteration.latinToArmenian(word);
			default -> null;
		};
	}

	private Character.UnicodeScript scriptOfTag(String tag) {
		return this.siteLocales.find(tag).map(SearchService::scriptOfLanguage).orElse(null);
	}

	/** The script a language is written in, from its own name for itself. */
	private static Character.UnicodeScript scriptOfLanguage(SiteLocale locale) {
		return locale.nativeName()
			.codePoints()
			.filter(Character::isLetter)
			.mapToObj(Character.UnicodeScript::of)
			.findFirst()
			.orElse(null);
	}

	/** A Georgian or Armenian word read as the Latin keys typed (English meant). */
	private static Set<String> layoutReadings(String word) {
		Set<String> readings = new LinkedHashSet<>();
		if (Transliteration.isGeorgian(word)) {
			readings.add(KeyboardLayouts.georgianAsLatinKeys(word).toLowerCase(Locale.ROOT));
		}
		if (Transliteration.isArmenian(word)) {
			readings.add(KeyboardLayouts.armenianAsLatinKeys(word));
		}
		readings.removeIf((reading) -> !Transliteration.isLatin(reading));
		return readings;
	}

	private static void fuzzy(BooleanQuery.Builder ways, String field, String term, float boost) {
		int length = term.codePointCount(0, term.length());
		int edits = (length >= 8) ? 2 : (length >= 5) ? 1 : 0;
		if (edits > 0) {
			ways.add(new BoostQuery(new FuzzyQuery(new Term(field, term), edits, 1), boost),
					BooleanClause.Occur.SHOULD);
		}
	}

	private static Query filtered(Query query, SearchType type, CountryScope country) {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		if (type != null) {
			filtered.add(new TermQuery(new Term(SearchEngine.TYPE, type.name())), BooleanClause.Occur.FILTER);
		}
		if (country != null && country != CountryScope.BOTH) {
			filtered.add(new BooleanQuery.Builder()
				.add(new TermQuery(new Term(SearchEngine.COUNTRY, country.name())), BooleanClause.Occur.SHOULD)
				.add(new TermQuery(new Term(SearchEngine.COUNTRY, CountryScope.BOTH.name())),
						BooleanClause.Occur.SHOULD)
				.build(), BooleanClause.Occur.FILTER);
		}
		return filtered.build();
	}

	private SearchHit hit(Query query, SearchDocument document) {
		String locale = document.locale();
		String title = document.title();
		String text = document.summary() + " " + document.body();
		String titleHtml = highlight(query, SearchAnalysis.TITLE + locale, SearchAnalysis.forLanguage(locale), title,
				title.length() + 1);
		if (titleHtml == null) {
			titleHtml = highlight(query, SearchAnalysis.SKELETON, SKELETON_ANALYZER, title, title.length() + 1);
		}
		String snippetHtml = highlight(query, SearchAnalysis.TEXT + locale, SearchAnalysis.forLanguage(locale), text,
				SNIPPET_LENGTH);
		if (snippetHtml == null) {
			snippetHtml = highlight(query, SearchAnalysis.SKELETON, SKELETON_ANALYZER, text, SNIPPET_LENGTH);
		}
		if (snippetHtml == null) {
			String start = (text.length() > SNIPPET_LENGTH) ? text.substring(0, SNIPPET_LENGTH) + "…" : text;
			snippetHtml = HtmlUtils.htmlEscape(start.strip());
		}
		return new SearchHit(document.type(), this.siteLocales.get(locale), document.country(),
				(titleHtml != null) ? titleHtml : HtmlUtils.htmlEscape(title), snippetHtml, document.path(),
				document.publishedAt());
	}

	/**
	 * The best fragment of {@code text} with matches of {@code field} marked, or null.
	 * The text is analysed on its own, so snippets are the same whichever engine found
	 * it.
	 */
	private static String highlight(Query query, String field, Analyzer analyzer, String text, int length) {
		QueryScorer scorer = new QueryScorer(query, field);
		Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
				scorer);
		highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, length));
		highlighter.setMaxDocCharsToAnalyze(SearchEngine.MAX_STORED_BODY + 1000);
		try {
			return highlighter.getBestFragment(analyzer, field, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidTokenOffsetsException ex) {
			return null;
		}
	}

	/**
	 * Other readings of a Latin query that found results in Georgian or Armenian, or the
	 * Latin reading of a query typed with a Georgian or Armenian layout.
	 */
	/**
	 * The spellings the search also tried that a result was found under; a query in Latin
	 * letters suggests only spellings in the script of the visitor's language (a visitor
	 * of the Georgian site is not offered an Armenian spelling).
	 */
	private static List<String> alsoSearched(String query, List<String> words, List<SearchHit> hits,
			Character.UnicodeScript visitorScript) {
		Set<String> readings = new LinkedHashSet<>();
		boolean latin = words.stream().allMatch(Transliteration::isLatin);
		for (SearchHit hit : hits) {
			Character.UnicodeScript script = scriptOf(hit.titleHtml());
			if (latin && script == Character.UnicodeScript.GEORGIAN && visitorScript == script) {
				readings.add(Transliteration.latinToGeorgian(query.toLowerCase(Locale.ROOT)));
			}
			if (latin && script == Character.UnicodeScript.ARMENIAN && visitorScript == script) {
				readings.add(Transliteration.latinToArmenian(query.toLowerCase(Locale.ROOT)));
			}
			if (!latin && script == Character.UnicodeScript.LATIN) {
				if (words.stream().anyMatch(Transliteration::isGeorgian)) {
					readings.add(KeyboardLayouts.georgianAsLatinKeys(query).toLowerCase(Locale.ROOT));
				}
				if (words.stream().anyMatch(Transliteration::isArmenian)) {
					readings.add(KeyboardLayouts.armenianAsLatinKeys(query));
				}
			}
		}
		readings.remove(query);
		return List.copyOf(readings);
	}

	/**
	 * The script a result is written in, from the first letter of its title (the
	 * language's tag says nothing of its script to code that must not name languages).
	 */
	private static Character.UnicodeScript scriptOf(String titleHtml) {
		return HtmlUtils.htmlUnescape(titleHtml.replaceAll("<[^>]*>", ""))
			.codePoints()
			.filter(Character::isLetter)
			.mapToObj(Character.UnicodeScript::of)
			.findFirst()
			.orElse(Character.UnicodeScript.UNKNOWN);
	}

	private static List<String> analyze(Analyzer analyzer, String word) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("q", new StringReader(word))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
