package org.migrantportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

/**
 * The search benchmark behind {@code bench/search.sh}: generates documents in Georgian,
 * English and Armenian from the words of the initial content, indexes them with the
 * portal's own index and analysis, and reports the indexing time and the latency of
 * typical queries (the whole search a visitor waits for: query building, search,
 * snippets). Not a test: it is run by hand and its figures go into the notes.
 */
public final class SearchBenchmark {

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int documents = (args.length > 0) ? Integer.parseInt(args[0]) : 50_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		Path content = Path.of((args.length > 2) ? args[2] : "src/main/resources/content");
		SiteLocales siteLocales = new SiteLocales("ka,en,hy", "en,ka,hy");
		Map<String, List<String>> vocabulary = vocabulary(content, List.of("ka", "en", "hy"));
		vocabulary.forEach((tag, words) -> System.out.printf("vocabulary %s: %d words%n", tag, words.size()));

		Random random = new Random(42);
		List<SearchDocument> generated = new ArrayList<>(documents);
		CountryScope[] countries = CountryScope.values();
		SearchType[] types = SearchType.values();
		for (int i = 0; i < documents; i++) {
			String tag = List.of("ka", "en", "hy").get(i % 3);
			List<String> words = vocabulary.get(tag);
			generated.add(new SearchDocument(types[i % types.length], (long) i, tag, countries[random.nextInt(3)],
					text(words, 6, random), text(words, 25, random), text(words, 250, random),
					"/" + tag + "/pages/doc-" + i, null));
		}

		LuceneSearchEngine index = new LuceneSearchEngine(List.of("ka", "en", "hy"), "");
		long start = System.nanoTime();
		index.replaceAll(generated);
		double indexSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("indexed %d documents in %.1f s (%.0f documents/s)%n", index.size(), indexSeconds,
				documents / indexSeconds);

		SearchService search = new SearchService(index, siteLocales);
		Map<String, String[]> queries = new LinkedHashMap<>();
		queries.put("Georgian word forms", new String[] { "ka", "მიგრანტების", "შრომითი მიგრაცია", "ტრეფიკინგთან" });
		queries.put("Armenian", new String[] { "hy", "միգրանտների", "աշխատանքի առաջարկը", "թրաֆիքինգի" });
		queries.put("English", new String[] { "en", "job offer abroad", "trafficking victims", "migrants rights" });
		queries.put("Latin transliteration", new String[] { "ka", "migracia", "shromiti migracia", "trefikingi" });
		queries.put("typo", new String[] { "en", "trafficing", "migrnts", "ofer abraod" });
		queries.put("wrong layout", new String[] { "ka", "vfhfy", "მიგრატიონ", "ьшпкфтеы" });
		List<Double> all = new ArrayList<>();
		for (int warm = 0; warm < 3; warm++) {
			run(search, siteLocales, queries, Math.max(1, rounds / 4), new ArrayList<>(), false);
		}
		run(search, siteLocales, queries, rounds, all, true);
		System.out.printf("all queries: %s%n", percentiles(all));
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		System.out.printf("heap used after indexing and searching: %d MiB%n",
				(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
		index.close();
	}

	private static void run(SearchService search, SiteLocales siteLocales, Map<String, String[]> queries, int rounds,
			List<Double> all, boolean report) {
		for (Map.Entry<String, String[]> kind : queries.entrySet()) {
			SiteLocale locale = siteLocales.get(kind.getValue()[0]);
			List<Double> times = new ArrayList<>();
			long hits = 0;
			for (int round = 0; round < rounds; round++) {
				for (String query : Arrays.copyOfRange(kind.getValue(), 1, kind.getValue().length)) {
					long start = System.nanoTime();
					hits += search.search(locale, query, null, null, 1).total();
					times.add((System.nanoTime() - start) / 1e6);
				}
			}
			all.addAll(times);
			if (report) {
				System.out.printf("%-22s %s, %d hits a query on average%n", kind.getKey(), percentiles(times),
						hits / times.size());
			}
		}
	}

	private static String percentiles(List<Double> times) {
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (n=%d)", at(sorted, 0.50),
				at(sorted, 0.95), at(sorted, 0.99), sorted.length);
	}

	private static double at(double[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
	}

	private static String text(List<String> words, int count, Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			// earlier words are drawn more often, as in real text
			int pick = (int) (words.size() * Math.pow(random.nextDouble(), 2));
			text.append(words.get(pick)).append((i % 12 == 11) ? ". " : " ");
		}
		return text.toString().strip();
	}

	/** The words of the initial pages and news, per language, most frequent first. */
	private static Map<String, List<String>> vocabulary(Path content, List<String> tags) throws IOException {
		Map<String, List<String>> vocabulary = new LinkedHashMap<>();
		for (String tag : tags) {
			Map<String, Integer> counts = new LinkedHashMap<>();
			try (Stream<Path> files = Files.walk(content)) {
				for (Path file : files.filter((path) -> path.getFileName().toString().equals(tag + ".md")).toList()) {
					for (String word : Files.readString(file).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
						if (word.length() > 1) {
							counts.merge(word, 1, Integer::sum);
						}
					}
				}
			}
			vocabulary.put(tag,
					counts.entrySet()
						.stream()
						.sorted((a, b) -> b.getValue() - a.getValue())
						.map(Map.Entry::getKey)
						.toList());
		}
		return vocabulary;
	}

}
