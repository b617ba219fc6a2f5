package org.migrantportal.directory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The initial listings from the sources: published in Georgian, English and Armenian,
 * with nothing a reader could act on that the sources do not give unless it is flagged
 * sample.
 */
@PortalWebTest
class ServiceListingImporterTests {

	private static final List<String> KEYS = List.of("iom-migrant-resource-centres",
			"iom-trafficking-victims-assistance", "state-fund-trafficking-victims", "emerge-migrant-rights");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ServiceListingImporter importer;

	@Test
	void initialListingsArePublishedInEveryLanguage() {
		for (String key : KEYS) {
			Map<String, Object> listing = this.jdbc
				.sql("select id, published_revision_id, status from service_listing where content_key = ?")
				.param(key)
				.query()
				.singleRow();
			assertThat(listing.get("published_revision_id")).as(key + " is published").isNotNull();
			assertThat(
					this.jdbc.sql("select locale from service_listing_translation where service_id = ? order by locale")
						.param(listing.get("id"))
						.query(String.class)
						.list())
				.as(key)
				.containsExactly("en", "hy", "ka");
		}
		assertThat(this.jdbc.sql("select status from service_listing where content_key = 'emerge-migrant-rights'")
			.query(String.class)
			.single()).as("the project ended in November 2022").isEqualTo("INACTIVE");
		assertThat(this.jdbc
			.sql("select t.address from service_location_translation t join service_location l on l.id = t.location_id "
					+ "join service_listing s on s.id = l.service_id "
					+ "where s.content_key = 'iom-trafficking-victims-assistance' and t.locale = 'ka'")
			.query(String.class)
			.single()).as("IOM Georgia's address, from the sources").isEqualTo("თენგიზ აბულაძის ქ. #12, 1-ლი ჩიხი");
	}

	@Test
	void everyPhoneHourAndCoordinateTheSourcesDoNotGiveIsFlaggedSample() {
		String initial = "(select id from service_listing where content_key in ('iom-migrant-resource-centres', "
				+ "'iom-trafficking-victims-assistance', 'state-fund-trafficking-victims', 'emerge-migrant-rights'))";
		assertThat(this.jdbc.sql("select count(*) from service_phone where not sample and service_id in " + initial)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from service_opening_hours where not sample and service_id in " + initial)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc
			.sql("select count(*) from service_location where latitude is not null and not sample and service_id in "
					+ initial)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from service_phone where sample and service_id in " + initial)
			.query(Long.class)
			.single()).as("the demo still has phones to show").isPositive();
	}

	@Test
	void organizationsCarryWhatTheSourcesSayOfThem() {
		assertThat(this.jdbc
			.sql("select t.description from organization_translation t join organization o on o.id = t.organization_id "
					+ "where o.content_key = 'rights-georgia' and t.locale = 'hy'")
			.query(String.class)
			.single()).contains("ANMI");
		assertThat(this.jdbc.sql("select website from organization where content_key = 'iom-georgia'")
			.query(String.class)
			.single()).isEqualTo("https://georgia.iom.int");
		assertThat(this.jdbc.sql("select count(*) from organization_translation where slug is null")
			.query(Long.class)
			.single()).as("every organization has an address in every language").isZero();
	}

	@Test
	void importingAgainAddsNothingAndKeepsTheSameIds() {
		List<String> before = this.jdbc
			.sql("select hsds_id::text from service_listing where content_key is not null order by content_key")
			.query(String.class)
			.list();
		long revisions = this.jdbc.sql("select count(*) from service_listing_revision").query(Long.class).single();
		this.importer.run(new DefaultApplicationArguments());
		assertThat(this.jdbc
			.sql("select hsds_id::text from service_listing where content_key is not null order by content_key")
			.query(String.class)
			.list()).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from service_listing_revision").query(Long.class).single())
			.isEqualTo(revisions);
	}

}
