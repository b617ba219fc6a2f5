package org.migrantportal.content.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
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
 * Role x country x action over HTTP, on a Georgian page: who may open, save, submit,
 * publish, unpublish and trash it, and that everybody else gets a 403 and changes
 * nothing.
 */
@PortalWebTest
class ContentAuthorizationMatrixTests {

	/** The actions on a page, and the least role each needs. */
	enum Action {

		OPEN(StaffRole.TRANSLATOR), SAVE(StaffRole.EDITOR), SUBMIT(StaffRole.EDITOR), PUBLISH(StaffRole.REVIEWER),
		UNPUBLISH(StaffRole.REVIEWER), TRASH(StaffRole.EDITOR);

		final StaffRole least;

		Action(StaffRole least) {
			this.least = least;
		}

	}

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private AccountFixtures accounts;

	private ContentFixtures content;

	@BeforeEach
	void fixtures() {
		this.accounts = new AccountFixtures(this.context);
		this.content = new ContentFixtures(this.context);
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (StaffRole role : StaffRole.values()) {
			for (CountryScope country : CountryScope.values()) {
				for (Action action : Action.values()) {
					cases.add(Arguments.of(action, role, country));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} when {1} of {2}")
	@MethodSource("cases")
	void actionOnAGeorgianPageIsAllowedOnlyWithinRoleAndCountry(Action action, StaffRole role, CountryScope country) {
		String slug = ContentFixtures.uniqueSlug("matrix");
		Long pageId = this.content.publishedPageOnlyIn("ka", "მატრიცა", slug, "ტექსტი.");
		try {
			MockHttpSession session = BackOffice.logIn(this.mvc, this.accounts.create(role, country, null),
					AccountFixtures.PASSWORD);
			boolean expected = role.includes(action.least)
					&& (role == StaffRole.ADMIN || country != CountryScope.ARMENIA);
			String before = snapshot(pageId);
			int status = perform(action, pageId, slug, session);
			if (expected) {
				assertThat(status).as("%s by %s of %s", action, role, country).isNotEqualTo(403).isLessThan(500);
			}
			else {
				assertThat(status).as("%s by %s of %s", action, role, country).isEqualTo(403);
				assertThat(snapshot(pageId)).as("nothing changed").isEqualTo(before);
			}
		}
		finally {
			this.content.remove(pageId);
		}
	}

	private int perform(Action action, Long pageId, String slug, MockHttpSession session) {
		long version = this.jdbc.queryForObject(
				"select version from content_page_translation where page_id = ? and locale = 'ka'", Long.class, pageId);
		var request = switch (action) {
			case OPEN -> this.mvc.get().uri("/admin/pages/{id}/ka", pageId);
			case SAVE -> this.mvc.post()
				.uri("/admin/pages/{id}/ka", pageId)
				.param("title", "შეცვლილი")
				.param("slug", slug)
				.param("bodyMarkdown", "შეცვლილი ტექსტი.")
				.param("version", Long.toString(version));
			case SUBMIT, PUBLISH,
					UNPUBLISH ->
				this.mvc.post()
					.uri("/admin/pages/{id}/ka/" + action.name().toLowerCase(), pageId)
					.param("version", Long.toString(version));
			case TRASH -> this.mvc.post().uri("/admin/pages/{id}/trash", pageId);
		};
		return request.with(csrf()).session(session).exchange().getResponse().getStatus();
	}

	private String snapshot(Long pageId) {
		return this.jdbc.queryForObject("select t.version || ' ' || t.state || ' ' || coalesce(p.deleted_at::text, '') "
				+ "from content_page_translation t join content_page p on p.id = t.page_id "
				+ "where t.page_id = ? and t.locale = 'ka'", String.class, pageId);
	}

}
