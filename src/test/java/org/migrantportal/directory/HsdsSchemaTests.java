package org.migrantportal.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The export validates against the official HSDS 3.0 JSON schema of an organization
 * package (organizations with their services, locations, phones, schedules, languages and
 * attributes), with formats (uuid, email, uri) asserted. The schemas are read from the
 * shared standards folder beside the project.
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
	 * An HSDS 3.0 compiled schema from {@code ../shared/standards/hsds-3.0} (or one
	 * folder further up, for a git worktree); the test is skipped when it is absent.
	 */
	private static Schema schema(String name) throws IOException {
		Path folder = null;
		for (String candidate : List.of("../shared/standards/hsds-3.0", "../../shared/standards/hsds-3.0")) {
			if (Files.isDirectory(Path.of(candidate))) {
				folder = Path.of(candidate);
				break;
			}
		}
		assumeTrue(folder != null,
				"The HSDS 3.0 schemas are not beside the project (../shared/standards/hsds-3.0): not validated");
		try (InputStream in = Files.newInputStream(folder.resolve("compiled").resolve(name))) {
			return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(in, InputFormat.JSON);
		}
	}

}
