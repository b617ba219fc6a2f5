package org.migrantportal.directory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.PortalApplication;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory benchmark behind {@code bench/directory.sh}: fills a throwaway database
 * with generated services (their names say "generated benchmark service"; nothing in them
 * is a real contact), then reports the latency of the public directory's queries with
 * every filter, "open now" and deep pages, as a visitor's request runs them. Not a test:
 * it is run by hand and its figures go into the notes.
 */
public final class DirectoryBenchmark {

	private DirectoryBenchmark() {
	}

	public static void main(String[] args) {
		int services = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
			// a web application, as the portal runs (the back-office's session store is
			// part
			// of it), on a free port
			.properties("server.port=0", "portal.demo-data=false", "spring.main.banner-mode=off",
					"logging.level.root=WARN")
			.run()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long started = System.nanoTime();
			generate(jdbc, services);
			long generated = System.nanoTime();
			jdbc.sql("delete from directory_entry_basis").update();
			context.getBean(DirectoryEntries.class).run(null);
			System.out.printf("directory entries rebuilt in %d ms%n",
					Duration.ofNanos(System.nanoTime() - generated).toMillis());
			int published = jdbc.sql("select count(*) from service_listing where published_revision_id is not null")
				.query(Integer.class)
				.single();
			System.out.printf("published services: %d (generated in %d ms)%n", published,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			ServiceDirectory directory = context.getBean(ServiceDirectory.class);
			SiteLocales locales = context.getBean(SiteLocales.class);
			Map<String, Query> queries = queries(locales);
			queries.values().forEach((query) -> time(directory, query, 20));
			System.out.printf("%-44s %8s %8s %8s %8s%n", "query (page size 20)", "matches", "p50 ms", "p95 ms",
					"p99 ms");
			queries.forEach((name, query) -> {
				long[] nanos = time(directory, query, rounds);
				Arrays.sort(nanos);
				long matches = directory.search(query.locale(), query.filter(), query.page(), 20).total();
				System.out.printf("%-44s %8d %8.2f %8.2f %8.2f%n", name, matches, ms(nanos, 0.50), ms(nanos, 0.95),
						ms(nanos, 0.99));
			});
		}
	}

	private static Map<String, Query> queries(SiteLocales locales) {
		SiteLocale ka = locales.get("ka");
		SiteLocale en = locales.get("en");
		SiteLocale hy = locales.get("hy");
		Map<String, Query> queries = new LinkedHashMap<>();
		queries.put("ka, no filter, page 1", new Query(ka, ServiceFilter.none(), 1));
		queries.put("en, no filter, page 250", new Query(en, ServiceFilter.none(), 250));
		queries.put("hy, Armenia, page 1",
				new Query(hy, filter(CountryScope.ARMENIA, null, null, null, false, false), 1));
		queries.put("ka, Georgia + legal aid + free",
				new Query(ka, filter(CountryScope.GEORGIA, null, "legal-aid", null, true, false), 1));
		queries.put("ka, Tbilisi + speaks Russian",
				new Query(ka, filter(null, "tbilisi", null, "ru", false, false), 1));
		queries.put("en, open now", new Query(en, filter(null, null, null, null, false, true), 1));
		queries.put("ka, open now, page 100", new Query(ka, filter(null, null, null, null, false, true), 100));
		queries.put("hy, Yerevan + open now + free", new Query(hy, filter(null, "yerevan", null, null, true, true), 1));
		return queries;
	}

	private static ServiceFilter filter(CountryScope country, String place, String category, String language,
			boolean free, boolean open) {
		return new ServiceFilter(country, place, category, language, free, open);
	}

	private static long[] time(ServiceDirectory directory, Query query, int rounds) {
		long[] nanos = new long[rounds];
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			directory.search(query.locale(), query.filter(), query.page(), 20);
			nanos[round] = System.nanoTime() - start;
		}
		return nanos;
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1_000_000.0;
	}

	/**
	 * Generated services, in SQL so that ten thousand take seconds: three languages (an
	 * Armenian name for three in four), categories, spoken languages, places in five
	 * cities and weekly hours of three kinds (office hours, nights past midnight, all
	 * day).
	 */
	static void generate(JdbcClient jdbc, int count) {
		List<String> statements = new ArrayList<>();
		statements.add("insert into service_listing (hsds_id, content_key, organization_id, country_scope, status, "
				+ "free_of_charge, time_zone, source_locale, review_state, created_at, updated_at) "
				+ "select gen_random_uuid(), 'generated-benchmark-' || g, "
				+ "(select id from organization order by id offset (g % (select count(*) from organization)) limit 1), "
				+ "(array['GEORGIA','ARMENIA','BOTH'])[1 + g % 3], "
				+ "case when g % 17 = 0 then 'TEMPORARILY_CLOSED' else 'ACTIVE' end, g % 2 = 0, "
				+ "case when g % 3 = 1 then 'Asia/Yerevan' else 'Asia/Tbilisi' end, 'en', 'PUBLISHED', now(), now() "
				+ "from generate_series(1, :count) g");
		statements.add("insert into service_listing_revision (service_id, revision_number, document, created_at) "
				+ "select id, 1, '{}', now() from service_listing where content_key like 'generated-benchmark-%'");
		statements.add("update service_listing s set published_revision_id = r.id, working_revision_id = r.id "
				+ "from service_listing_revision r where r.service_id = s.id and s.content_key like 'generated-benchmark-%'");
		statements.add("insert into service_listing_translation (service_id, locale, slug, name) "
				+ "select s.id, l.locale, 'generated-benchmark-' || l.locale || '-' || s.id, l.name || ' ' || s.id "
				+ "from service_listing s cross join (values ('en', 'Generated benchmark service'), "
				+ "('ka', 'გენერირებული სატესტო სერვისი'), ('hy', 'Գեներացված փորձնական ծառայություն')) l(locale, name) "
				+ "where s.content_key like 'generated-benchmark-%' and (l.locale <> 'hy' or s.id % 4 <> 0)");
		statements.add("insert into service_listing_category (service_id, term_id) select s.id, t.id "
				+ "from service_listing s cross join taxonomy_term t "
				+ "where s.content_key like 'generated-benchmark-%' and (s.id + t.id) % 4 = 0");
		statements.add("insert into service_listing_language (service_id, code) select s.id, l.code "
				+ "from service_listing s cross join (values ('ka'), ('hy'), ('ru'), ('en')) l(code) "
				+ "where s.content_key like 'generated-benchmark-%' and (s.id + length(l.code) + ascii(l.code)) % 3 = 0");
		statements.add("insert into service_location (hsds_id, service_at_location_hsds_id, service_id, country_code, "
				+ "place_key, region_key) select gen_random_uuid(), gen_random_uuid(), s.id, p.country, p.place, p.region "
				+ "from service_listing s join (values (0, 'GE', 'tbilisi', 'tbilisi'), (1, 'AM', 'yerevan', 'yerevan'), "
				+ "(2, 'GE', 'batumi', 'adjara'), (3, 'AM', 'gyumri', 'shirak'), (4, 'GE', 'kutaisi', 'imereti')) "
				+ "p(n, country, place, region) on p.n = s.id % 5 where s.content_key like 'generated-benchmark-%'");
		statements.add("insert into service_opening_hours (hsds_id, service_id, weekday, opens_at, closes_at) "
				+ "select gen_random_uuid(), s.id, d, case s.id % 3 when 0 then time '09:00' when 1 then time '22:00' "
				+ "else time '00:00' end, case s.id % 3 when 0 then time '18:00' when 1 then time '02:00' "
				+ "else time '00:00' end from service_listing s cross join generate_series(1, 7) d "
				+ "where s.content_key like 'generated-benchmark-%' and (s.id % 3 <> 0 or d <= 5)");
		statements.add("analyze");
		for (String statement : statements) {
			if (statement.contains(":count")) {
				jdbc.sql(statement).param("count", count).update();
			}
			else {
				jdbc.sql(statement).update();
			}
		}
	}

	private record Query(SiteLocale locale, ServiceFilter filter, int page) {
	}

}
