package org.migrantportal.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which published services match a directory filter, in the order a visitor reads them
 * (by the name shown in their language, falling back along the language chain, as
 * {@link DirectoryEntries} keeps them), one page at a time. Filtering, "open now",
 * ordering and paging all happen in the database, so a page of a directory of ten
 * thousand services reads ten thousand rows only as index entries, never as Java objects.
 */
@Component
class ServiceMatches {

	static final String PUBLIC = "s.published_revision_id is not null and s.deleted_at is null "
			+ "and s.status <> 'INACTIVE'";

	private static final String FROM = "from directory_entry e join service_listing s on s.id = e.service_id "
			+ "where e.site_locale = :site and " + PUBLIC;

	/**
	 * The time zones of the public services, a few index probes however many services
	 * there are (one for each zone, skipping from one to the next).
	 */
	private static final String ZONES = "zone as (select min(s.time_zone) as time_zone from service_listing s where "
			+ PUBLIC + " union all select (select min(s.time_zone) from service_listing s where " + PUBLIC
			+ " and s.time_zone > zone.time_zone) from zone where zone.time_zone is not null)";

	/**
	 * The second of the week it is now (from Monday 00:00 local time) in each zone of
	 * {@link #ZONES}, one row for each second with the zones it is in; {@code :now} is an
	 * instant. Each zone is converted once, not once for every service.
	 */
	private static final String LOCAL_NOW = "local_now as materialized (select second, array_agg(time_zone) as zones "
			+ "from (select time_zone, cast(floor(extract(epoch from (cast(:now as timestamptz) at time zone time_zone) "
			+ "- date_trunc('week', cast(:now as timestamptz) at time zone time_zone))) as int) as second "
			+ "from zone where time_zone is not null) z group by second)";

	/**
	 * Open now, as {@link OpeningTimes#isOpen} decides it: a period whose span of the
	 * week ({@code week_span}, in local seconds from Monday 00:00; one that runs past
	 * midnight ends the next day, past the end of the week for Sunday's) contains the
	 * second of the week it is in the service's time zone, or that second a week later
	 * for Sunday's night. The spans come from the index on them, once for each distinct
	 * second. A temporarily closed service is closed.
	 */
	private static final String OPEN_NOW = " and s.status <> 'TEMPORARILY_CLOSED' and exists (select 1 "
			+ "from local_now n join service_opening_hours h on h.week_span @> n.second "
			+ "or h.week_span @> n.second + 604800 where h.service_id = s.id and s.time_zone = any(n.zones)%s)";

	/** The columns of a match, from the listing {@code s} and its entry {@code e}. */
	private static final String COLUMNS = "s.id, s.organization_id, s.country_scope, s.status, s.free_of_charge, "
			+ "s.time_zone, e.shown_locale, e.slug, e.name, e.fees_described";

	/**
	 * How far into the directory a page walks the sort-key index; a deeper page costs
	 * less sorted from the matches found once (a walk reads every entry before it).
	 */
	private static final int WALK = 1000;

	private final JdbcClient jdbc;

	private final DemoData demoData;

	private final Clock clock;

	ServiceMatches(JdbcClient jdbc, DemoData demoData, Clock clock) {
		this.jdbc = jdbc;
		this.demoData = demoData;
		this.clock = clock;
	}

	/**
	 * One page of the services that match, with how many match in all.
	 * @param organizationId only this organization's services, or null for all
	 * @param limit the page size, or null for every match
	 */
	Page find(SiteLocale locale, ServiceFilter filter, Long organizationId, Integer limit, long offset) {
		Map<String, Object> params = new HashMap<>();
		params.put("site", locale.tag());
		StringBuilder matching = new StringBuilder(FROM);
		where(filter, organizationId, matching, params);
		if (limit == null) {
			List<Match> matches = this.jdbc
				.sql(with(filter, null) + "select " + COLUMNS + " " + matching + " order by e.sort_key, e.service_id")
				.params(params)
				.query((rs, row) -> match(rs))
				.list();
			return new Page(matches, matches.size());
		}
		params.put("limit", limit);
		params.put("offset", offset);
		return (broad(filter, organizationId) && offset + limit <= WALK) ? walk(matching, limit, offset, params)
				: once(filter, matching, params);
	}

	/**
	 * Whether most services are expected to match: no filter, or a country alone (a third
	 * of the services at least).
	 */
	private static boolean broad(ServiceFilter filter, Long organizationId) {
		return organizationId == null && filter.category() == null && filter.language() == null
				&& filter.place() == null && !filter.freeOnly() && !filter.openNow();
	}

	/**
	 * When most services match, the page walks the sort-key index and stops as soon as it
	 * is full; the count, a statement of its own, needs no order (and is not needed when
	 * the first page is not full).
	 */
	private Page walk(CharSequence matching, int limit, long offset, Map<String, Object> params) {
		List<Match> matches = this.jdbc
			.sql("select " + COLUMNS + " " + matching
					+ " order by e.sort_key, e.service_id limit :limit offset :offset")
			.params(params)
			.query((rs, row) -> match(rs))
			.list();
		if (offset == 0 && matches.size() < limit) {
			return new Page(matches, matches.size());
		}
		long total = this.jdbc.sql("select count(*) " + matching).params(params).query(Long.class).single();
		return new Page(matches, (int) total);
	}

	private Page once(ServiceFilter filter, CharSequence matching, Map<String, Object> params) {
		// When filters leave few services, one statement: the matches are found once, by
		// hash joins over the filters (a walk of the sort-key index that stops when the
		// page is full would read the whole directory), counted, and sorted for the
		// page's rows
		// only; then the page's columns are read for its rows alone. A page past the end
		// is one row with the count and no service.
		int[] total = { 0 };
		List<Match> matches = this.jdbc
			.sql(with(filter, "matches as materialized (select e.service_id, e.sort_key " + matching + ")")
					+ "select m.total, " + COLUMNS + " from (select count(*) as total from matches) m "
					+ "left join lateral (select service_id, sort_key from matches order by sort_key, service_id "
					+ "limit :limit offset :offset) p on true "
					+ "left join directory_entry e on e.site_locale = :site and e.service_id = p.service_id "
					+ "left join service_listing s on s.id = p.service_id order by p.sort_key, p.service_id")
			.params(params)
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				return (rs.getObject("id") != null) ? match(rs) : null;
			})
			.list()
			.stream()
			.filter(Objects::nonNull)
			.toList();
		return new Page(matches, total[0]);
	}

	/** The {@code with} clause "open now" needs, and another query, if any. */
	private static String with(ServiceFilter filter, String query) {
		List<String> queries = new ArrayList<>();
		if (filter.openNow()) {
			queries.add(ZONES);
			queries.add(LOCAL_NOW);
		}
		if (query != null) {
			queries.add(query);
		}
		return queries.isEmpty() ? ""
				: (filter.openNow() ? "with recursive " : "with ") + String.join(", ", queries) + " ";
	}

	private static Match match(ResultSet rs) throws SQLException {
		return new Match(rs.getLong("id"), rs.getLong("organization_id"),
				CountryScope.valueOf(rs.getString("country_scope")), ServiceStatus.valueOf(rs.getString("status")),
				rs.getBoolean("free_of_charge"), ZoneId.of(rs.getString("time_zone")), rs.getString("shown_locale"),
				rs.getString("slug"), rs.getString("name"), rs.getBoolean("fees_described"));
	}

	private void where(ServiceFilter filter, Long organizationId, StringBuilder sql, Map<String, Object> params) {
		if (organizationId != null) {
			sql.append(" and s.organization_id = :organization");
			params.put("organization", organizationId);
		}
		if (filter.country() == CountryScope.BOTH) {
			sql.append(" and s.country_scope = 'BOTH'");
		}
		else if (filter.country() != null) {
			sql.append(" and s.country_scope in (:country, 'BOTH')");
			params.put("country", filter.country().name());
		}
		if (filter.category() != null) {
			sql.append(" and exists (select 1 from service_listing_category c join taxonomy_term t on t.id = c.term_id "
					+ "where c.service_id = s.id and t.code = :category)");
			params.put("category", filter.category());
		}
		if (filter.language() != null) {
			sql.append(" and exists (select 1 from service_listing_language g where g.service_id = s.id "
					+ "and g.code = :language)");
			params.put("language", filter.language());
		}
		if (filter.place() != null) {
			sql.append(" and exists (select 1 from service_location l where l.service_id = s.id "
					+ "and (l.place_key = :place or l.region_key = :place)"
					+ (this.demoData.on() ? "" : " and not l.sample") + ")");
			params.put("place", filter.place());
		}
		if (filter.freeOnly()) {
			sql.append(" and s.free_of_charge");
		}
		if (filter.openNow()) {
			sql.append(OPEN_NOW.formatted(this.demoData.on() ? "" : " and not h.sample"));
			params.put("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
		}
	}

	/** A matching service with the translation shown to the visitor. */
	record Match(long id, long organizationId, CountryScope country, ServiceStatus status, boolean free, ZoneId zone,
			String locale, String slug, String name, boolean feesDescribed) {
	}

	/** One page of matches and the number of matches in all. */
	record Page(List<Match> matches, int total) {
	}

}
