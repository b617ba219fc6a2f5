package org.migrantportal.directory;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export validates against the official HSDS 3.0 JSON schema of an organization
 * package (organizations with their services, locations, phones, schedules, languages and
 * attributes), with formats (uuid, email, uri) asserted. The schema is kept in the
 * repository, in {@code src/test/resources/hsds-3.0}.
 */
@PortalWebTest
class HsdsSchemaTests {

	private static final Actor ADMIN = new Actor(-9L, "hsds-schema@test.example", StaffRole.ADMIN, CountryScope.BOTH,
			null, false);

	@Autowired
	private ApplicationContext context;

	@Autowired
	private HsdsExchange exchange;

	private ListingFixtures fixtures;

	private Long everyField;

	@BeforeEach
	void everyFieldListing() {
		this.fixtures = new ListingFixtures(this.context);
		this.everyField = this.fixtures.published(HsdsFixtures
			.everyField(this.fixtures.organizationId("state-fund-trafficking-victims"), ListingFixturesSuffix.next()));
	}

	@AfterEach
	void remove() {
		this.fixtures.remove(this.everyField);
	}

	@Test
	void exportOfTheInitialDataAndAListingWithEveryFieldIsAValidHsdsOrganizationPackage() throws IOException {
		Schema schema = schema("organization_package.json");
		String export = this.exchange.export(ADMIN);
		List<Error> errors = validate(schema, export);
		assertThat(errors).isEmpty();
		assertThat(export).contains("\"service_at_locations\"", "\"schedules\"", "\"phones\"", "\"attributes\"",
				"\"languages\"", "\"addresses\"");
	}

	@Test
	void theSchemaCatchesAServiceWithoutItsRequiredNameOrWithABadId() throws IOException {
		Schema schema = schema("organization_package.json");
		String export = this.exchange.export(ADMIN);
		assertThat(validate(schema, export.replaceFirst("\"status\" : \"[a-z ]+\"", "\"statusx\" : \"active\"")))
			.as("a service without a status")
			.isNotEmpty();
		String someId = UUID.nameUUIDFromBytes(new byte[0]).toString();
		assertThat(validate(schema, export.replaceFirst("\"id\" : \"[0-9a-f-]{36}\"", "\"id\" : \"not-a-uuid\"")))
			.as("an organization whose id is not a UUID such as " + someId)
			.isNotEmpty();
	}

	private static List<Error> validate(Schema schema, String json) {
		return schema.validate(json, InputFormat.JSON,
				(context) -> context.executionConfig((config) -> config.formatAssertionsEnabled(true)));
	}

	/**
	 * An HSDS 3.0 compiled schema, kept in the repository
	 * ({@code src/test/resources/hsds-3.0}, with the specification's licence).
	 */
	private static Schema schema(String name) throws IOException {
		try (InputStream in = HsdsSchemaTests.class.getResourceAsStream("/hsds-3.0/" + name)) {
			assertThat(in).as("the HSDS 3.0 schema " + name).isNotNull();
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(in, InputFormat.JSON);
		}
	}

}
