package org.migrantportal.directory;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the back-office list of listings one page at a time in the database: the staff
 * member's scope, the filter (the text matched against the name in the editor's language,
 * as in the working revision) and the order (the most recently changed first, or the
 * longest unverified first) are all SQL, so a page costs the same at ten thousand
 * listings as at ten.
 */
@Component
class ListingRows {

	/**
	 * The name a row shows, from the working revision: in the editor's language
	 * ({@code :locale}), else in the source language, else the first by language tag, as
	 * {@link ListingRow#nameOf} picks it.
	 */
	private static final String NAME = "coalesce(cast(r.document as jsonb) -> 'texts' -> cast(:locale as text) ->> 'name', "
			+ "cast(r.document as jsonb) -> 'texts' -> (cast(r.document as jsonb) ->> 'sourceLocale') ->> 'name', "
			+ "(select t.value ->> 'name' from jsonb_each(cast(r.document as jsonb) -> 'texts') t "
			+ "order by t.key collate \"C\" limit 1), '')";

	/**
	 * The listings out of the trash that the actor may work on (the rule of
	 * {@link Actor#canWorkOn}) and that the filter keeps; unverified is counted from the
	 * day in each listing's own country ({@code cutoff}).
	 */
	private static final String MATCHING = "from service_listing s "
			+ "left join service_listing_revision r on r.id = s.working_revision_id "
			+ "join unnest(cast(:countries as varchar[]), cast(:verifyFrom as date[])) as cutoff(country, verify_from) "
			+ "on cutoff.country = s.country_scope where s.deleted_at is null "
			+ "and (:everyCountry or s.country_scope = 'BOTH' or s.country_scope = :actorCountry) "
			+ "and (not :ownOrganizationOnly or s.organization_id = :actorOrganization) "
			+ "and (cast(:organization as bigint) is null or s.organization_id = :organization) "
			+ "and (cast(:country as varchar) is null or s.country_scope = :country) "
			+ "and (cast(:reviewState as varchar) is null or s.review_state = :reviewState) "
			+ "and (cast(:status as varchar) is null or s.status = :status) "
			+ "and (not :unverified or s.last_verified_on is null or s.last_verified_on < cutoff.verify_from) "
			+ "and (cast(:text as varchar) is null or strpos(lower(" + NAME + "), lower(cast(:text as varchar))) > 0)";

	/**
	 * Newest change first; in the unverified view the longest unverified first. The id
	 * keeps rows of the same moment in one order from page to page.
	 */
	private static final String ORDER = "order by case when :unverified then s.last_verified_on end asc nulls first, "
			+ "s.updated_at desc, s.id desc";

	private final JdbcClient jdbc;

	ListingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The page of rows (counted from 0) of the listings the actor may work on that match
	 * the filter, named in {@code locale}; a page past the last is the last.
	 */
	Page<ListingRow> find(Actor actor, ListingFilter filter, String locale, Instant now, int page, int size) {
		Map<String, Object> params = params(actor, filter, locale, now);
		PageRequest request = PageRequest.of(Math.max(page, 0), size);
		List<Counted> rows = page(params, request);
		if (rows.isEmpty() && request.getPageNumber() > 0) {
			long total = this.jdbc.sql("select count(*) " + MATCHING).params(params).query(Long.class).single();
			request = PageRequest.of((int) Math.max(0, (total - 1) / size), size);
			rows = page(params, request);
		}
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		return new PageImpl<>(rows.stream().map(Counted::row).toList(), request, total);
	}

	/**
	 * One page of rows, each with the number of all matching rows, in one pass: the inner
	 * query orders and counts the matching listings, and only the page's rows are named
	 * (reading a working revision costs more than all the rest).
	 */
	private List<Counted> page(Map<String, Object> params, PageRequest request) {
		params.put("limit", request.getPageSize());
		params.put("offset", request.getOffset());
		return this.jdbc
			.sql("select s.id, s.organization_id, s.country_scope, s.status, s.review_state, "
					+ "s.published_revision_id, s.last_verified_on, s.last_verified_by, s.updated_at, " + NAME
					+ " as name, matching.total from (select s.id, count(*) over () as total " + MATCHING + " " + ORDER
					+ " limit :limit offset :offset) matching join service_listing s on s.id = matching.id "
					+ "left join service_listing_revision r on r.id = s.working_revision_id " + ORDER)
			.params(params)
			.query((rs, number) -> new Counted(row(rs), rs.getLong("total")))
			.list();
	}

	private static Map<String, Object> params(Actor actor, ListingFilter filter, String locale, Instant now) {
		Map<String, Object> params = new LinkedHashMap<>();
		boolean admin = actor.hasRole(StaffRole.ADMIN);
		params.put("everyCountry", admin || actor.countryScope() == CountryScope.BOTH);
		params.put("actorCountry", actor.countryScope().name());
		params.put("ownOrganizationOnly", !admin && actor.restrictedToOrganization());
		params.put("actorOrganization", actor.organizationId());
		params.put("organization", filter.organizationId());
		params.put("country", nameOf(filter.country()));
		params.put("reviewState", nameOf(filter.reviewState()));
		params.put("status", nameOf(filter.status()));
		params.put("unverified", filter.unverified());
		params.put("text", (filter.text() != null && !filter.text().isBlank()) ? filter.text().strip() : null);
		params.put("locale", locale);
		CountryScope[] countries = CountryScope.values();
		String[] names = new String[countries.length];
		String[] verifyFrom = new String[countries.length];
		for (int index = 0; index < countries.length; index++) {
			names[index] = countries[index].name();
			verifyFrom[index] = LocalDate.ofInstant(now, countries[index].zone())
				.minusDays(ServiceListingEditingService.VERIFY_EVERY_DAYS)
				.toString();
		}
		params.put("countries", names);
		params.put("verifyFrom", verifyFrom);
		return params;
	}

	private static String nameOf(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static ListingRow row(ResultSet rs) throws SQLException {
		Date verifiedOn = rs.getDate("last_verified_on");
		return new ListingRow(rs.getLong("id"), rs.getString("name"), rs.getLong("organization_id"),
				CountryScope.valueOf(rs.getString("country_scope")), ServiceStatus.valueOf(rs.getString("status")),
				ListingReviewState.valueOf(rs.getString("review_state")), rs.getObject("published_revision_id") != null,
				(verifiedOn != null) ? verifiedOn.toLocalDate() : null, rs.getString("last_verified_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

	/** A row of a page, with how many rows match in all. */
	private record Counted(ListingRow row, long total) {
	}

}
