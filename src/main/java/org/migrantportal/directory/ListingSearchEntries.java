package org.migrantportal.directory;

import java.util.List;

import org.migrantportal.shared.CountryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What search indexes of the directory: every language of every published listing that is
 * not in the trash and still offered, or those of one listing after it changed. Sample
 * places are left out unless demo data is on.
 */
@Service
@Transactional(readOnly = true)
public class ListingSearchEntries {

	private static final String SELECT = "select s.id, t.locale, s.country_scope, t.name, t.eligibility, "
			+ "t.description, t.fees_description, t.slug, "
			+ "(select string_agg(concat_ws(' ', lt.name, lt.address, lt.city, lt.region), ' ') "
			+ "from service_location l join service_location_translation lt on lt.location_id = l.id "
			+ "where l.service_id = s.id and lt.locale = t.locale and (:demo or not l.sample)) as places "
			+ "from service_listing s join service_listing_translation t on t.service_id = s.id "
			+ "where s.published_revision_id is not null and s.deleted_at is null and s.status <> 'INACTIVE'";

	private final JdbcClient jdbc;

	private final DemoData demoData;

	ListingSearchEntries(JdbcClient jdbc, DemoData demoData) {
		this.jdbc = jdbc;
		this.demoData = demoData;
	}

	public List<ListingSearchEntry> all() {
		return this.jdbc.sql(SELECT + " order by s.id, t.locale")
			.param("demo", this.demoData.on())
			.query(this::entry)
			.list();
	}

	/**
	 * The entries of one listing: none when it is unpublished, trashed, inactive or gone.
	 */
	public List<ListingSearchEntry> of(Long id) {
		return this.jdbc.sql(SELECT + " and s.id = :id order by t.locale")
			.param("demo", this.demoData.on())
			.param("id", id)
			.query(this::entry)
			.list();
	}

	private ListingSearchEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String locale = rs.getString("locale");
		String body = String.join(" ", rs.getString("eligibility"), rs.getString("fees_description"),
				(rs.getString("places") != null) ? rs.getString("places") : "");
		return new ListingSearchEntry(rs.getLong("id"), locale, CountryScope.valueOf(rs.getString("country_scope")),
				rs.getString("name"), rs.getString("description"), body.strip(),
				"/" + locale + "/services/" + rs.getString("slug"));
	}

}
