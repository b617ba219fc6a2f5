package org.migrantportal.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.ArmenianStemmer;

/**
 * The analysis of every indexed field: per language ({@code text_ka}: Georgian word forms
 * normalised; {@code text_en}: English stemming; {@code text_hy}: Armenian Snowball
 * stemming; other languages their Lucene analyzer, else the standard one) and the
 * {@code skeleton} field shared by all scripts, where Latin spellings meet Georgian and
 * Armenian words.
 */
final class SearchAnalysis {

	static final String SKELETON = "skeleton";

	static final String TEXT = "text_";

	static final String TITLE = "title_";

	private SearchAnalysis() {
	}

	private static final Map<String, Analyzer> LANGUAGES = new ConcurrentHashMap<>();

	/** The analyzer of one language's text (one shared instance per language). */
	static Analyzer forLanguage(String tag) {
		return LANGUAGES.computeIfAbsent(tag, SearchAnalysis::create);
	}

	private static Analyzer create(String tag) {
		return switch (tag) {
			case "ka" -> new GeorgianAnalyzer();
			case "en" -> new EnglishAnalyzer();
			case "hy" -> new ArmenianAnalyzer();
			case "ru" -> new RussianAnalyzer();
			case "ar" -> new ArabicAnalyzer();
			case "fa" -> new PersianAnalyzer();
			default -> new StandardAnalyzer();
		};
	}

	/** Every field's analyzer, for the given languages. */
	static Analyzer perField(Iterable<String> tags) {
		Map<String, Analyzer> fields = new HashMap<>();
		for (String tag : tags) {
			Analyzer language = forLanguage(tag);
			fields.put(TEXT + tag, language);
			fields.put(TITLE + tag, language);
		}
		fields.put(SKELETON, new SkeletonAnalyzer());
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
	}

	/** Georgian: Unicode words, lower case, then {@link GeorgianStemmer}. */
	static final class GeorgianAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(tokenizer);
			return new TokenStreamComponents(tokenizer, new WordFormFilter(stream, false));
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}

	}

	/** Any script: each word's normalised form, then its {@link Skeleton}. */
	static final class SkeletonAnalyzer extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new LowerCaseFilter(tokenizer);
			return new TokenStreamComponents(tokenizer, new WordFormFilter(stream, true));
		}

	}

	/**
	 * The normalised form of a word: Georgian and Armenian stemmed, then maybe
	 * skeletonised.
	 */
	static String normalise(String lowerWord, boolean skeleton) {
		String form = lowerWord;
		if (Transliteration.isGeorgian(form)) {
			form = GeorgianStemmer.stem(form);
		}
		else if (Transliteration.isArmenian(form)) {
			ArmenianStemmer stemmer = new ArmenianStemmer();
			stemmer.setCurrent(form);
			stemmer.stem();
			form = stemmer.getCurrent();
		}
		return skeleton ? Skeleton.of(form) : form;
	}

	private static final class WordFormFilter extends TokenFilter {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final boolean skeleton;

		WordFormFilter(TokenStream input, boolean skeleton) {
			super(input);
			this.skeleton = skeleton;
		}

		@Override
		public boolean incrementToken() throws IOException {
			if (!this.input.incrementToken()) {
				return false;
			}
			String form = normalise(this.term.toString(), this.skeleton);
			if (!form.isEmpty()) {
				this.term.setEmpty().append(form);
			}
			return true;
		}

	}

}
