package org.migrantportal.directory.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.directory.ListingFixtures;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who x action over HTTP, on a Georgian listing of the NGO Rights Georgia: who may open,
 * save, submit, publish, send back, verify and trash it, and that everybody else gets a
 * 403 and changes nothing.
 */
@PortalWebTest
class ServiceListingAuthorizationMatrixTests {

	/** The actions on a listing, and the least role each needs. */
	enum Action {

		OPEN(StaffRole.EDITOR), SAVE(StaffRole.EDITOR), SUBMIT(StaffRole.EDITOR), PUBLISH(StaffRole.REVIEWER),
		SEND_BACK(StaffRole.REVIEWER), VERIFY(StaffRole.EDITOR), TRASH(StaffRole.EDITOR);

		final StaffRole least;

		Action(StaffRole least) {
			this.least = least;
		}

	}

	/** Staff members, with whether the listing is within their scope. */
	enum Who {

		NGO_EDITOR_OF_THE_LISTINGS_ORGANIZATION(StaffRole.EDITOR, CountryScope.GEORGIA, "rights-georgia", true),
		NGO_EDITOR_OF_ANOTHER_ORGANIZATION(StaffRole.EDITOR, CountryScope.GEORGIA, "tanadgoma", false),
		IOM_GEORGIA_EDITOR(StaffRole.EDITOR, CountryScope.GEORGIA, "iom-georgia", true),
		IOM_ARMENIA_EDITOR(StaffRole.EDITOR, CountryScope.ARMENIA, "iom-armenia", false),
		IOM_GEORGIA_REVIEWER(StaffRole.REVIEWER, CountryScope.GEORGIA, "iom-georgia", true),
		IOM_ARMENIA_REVIEWER(StaffRole.REVIEWER, CountryScope.ARMENIA, "iom-armenia", false),
		TRANSLATOR_IN_GEORGIA(StaffRole.TRANSLATOR, CountryScope.GEORGIA, null, true),
		ADMIN(StaffRole.ADMIN, CountryScope.ARMENIA, null, true);

		final StaffRole role;

		final CountryScope country;

		final String organization;

		final boolean inScope;

		Who(StaffRole role, CountryScope country, String organization, boolean inScope) {
			this.role = role;
			this.country = country;
			this.organization = organization;
			this.inScope = inScope;
		}

	}

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ServiceListingEditingService editing;

	private AccountFixtures accounts;

	private ListingFixtures listings;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.listings = new ListingFixtures(this.context);
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Who who : Who.values()) {
			for (Action action : Action.values()) {
				cases.add(Arguments.of(action, who));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} when {1}")
	@MethodSource("cases")
	void actionOnAListingIsAllowedOnlyWithinRoleAndScope(Action action, Who who) throws Exception {
		Long id = this.editing.create(ListingFixtures.SYSTEM, this.listings.tbilisiLegalAid(
				this.listings.organizationId("rights-georgia"), UUID.randomUUID().toString().substring(0, 8)));
		try {
			if (action == Action.SEND_BACK) {
				this.editing.submitForReview(ListingFixtures.SYSTEM, id, version(id));
			}
			MockHttpSession session = BackOffice.logIn(this.mvc,
					this.accounts.create(who.role, who.country, who.organization), AccountFixtures.PASSWORD);
			boolean expected = who.role.includes(action.least) && who.inScope;
			String before = snapshot(id);
			int status = perform(action, id, session);
			if (expected) {
				assertThat(status).as("%s when %s", action, who).isNotEqualTo(403).isLessThan(400);
			}
			else {
				assertThat(status).as("%s when %s", action, who).isEqualTo(403);
				assertThat(snapshot(id)).as("nothing changed").isEqualTo(before);
			}
		}
		finally {
			this.listings.remove(id);
		}
	}

	private int perform(Action action, Long id, MockHttpSession session) {
		String version = Long.toString(version(id));
		var request = switch (action) {
			case OPEN -> this.mvc.get().uri("/admin/services/{id}", id);
			case SAVE -> ListingFormRequests.form(this.mvc, "/admin/services/" + id + "?lang=en",
					this.editing.getListing(ListingFixtures.SYSTEM, id).document(), version(id), "name", "Changed");
			case SUBMIT -> this.mvc.post().uri("/admin/services/{id}/submit", id).param("version", version);
			case PUBLISH -> this.mvc.post().uri("/admin/services/{id}/publish", id).param("version", version);
			case SEND_BACK -> this.mvc.post().uri("/admin/services/{id}/send-back", id).param("version", version);
			case VERIFY -> this.mvc.post().uri("/admin/services/{id}/verify", id);
			case TRASH -> this.mvc.post().uri("/admin/services/{id}/trash", id);
		};
		return request.with(csrf()).session(session).exchange().getResponse().getStatus();
	}

	private long version(Long id) {
		return this.jdbc.queryForObject("select version from service_listing where id = ?", Long.class, id);
	}

	private String snapshot(Long id) {
		return this.jdbc.queryForObject("select version || ' ' || review_state || ' ' || working_revision_id || ' ' "
				+ "|| coalesce(published_revision_id::text, '') || ' ' || coalesce(deleted_at::text, '') || ' ' "
				+ "|| coalesce(last_verified_by, '') from service_listing where id = ?", String.class, id);
	}

}
