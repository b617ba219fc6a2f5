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
 * Kind x role x country x action over HTTP, on a Georgian page and a Georgian news item:
 * who may open, save, submit, publish, unpublish and trash it, and that everybody else
 * gets a 403 and changes nothing.
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

	/** What is acted on: its URL segment and its tables. */
	enum Kind {

		PAGES("content_page", "page_id"), NEWS("news_item", "news_item_id");

		final String table;

		final String key;

		Kind(String table, String key) {
			this.table = table;
			this.key = key;
		}

		String segment() {
			return name().toLowerCase();
		}

	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			for (StaffRole role : StaffRole.values()) {
				for (CountryScope country : CountryScope.values()) {
					for (Action action : Action.values()) {
						cases.add(Arguments.of(kind, action, role, country));
					}
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{1} {0} when {2} of {3}")
	@MethodSource("cases")
	void actionOnGeorgianContentIsAllowedOnlyWithinRoleAndCountry(Kind kind, Action action, StaffRole role,
			CountryScope country) {
		String slug = ContentFixtures.uniqueSlug("matrix");
		Long pageId = (kind == Kind.PAGES) ? this.content.publishedPageOnlyIn("ka", "მატრიცა", slug, "ტექსტი.")
				: this.content.publishedNews(CountryScope.GEORGIA, null, false, "ka", "მატრიცა", slug);
		try {
			MockHttpSession session = BackOffice.logIn(this.mvc, this.accounts.create(role, country, null),
					AccountFixtures.PASSWORD);
			boolean expected = role.includes(action.least)
					&& (role == StaffRole.ADMIN || country != CountryScope.ARMENIA);
			String before = snapshot(kind, pageId);
			int status = perform(kind, action, pageId, slug, session);
			if (expected) {
				assertThat(status).as("%s by %s of %s", action, role, country).isNotEqualTo(403).isLessThan(500);
			}
			else {
				assertThat(status).as("%s by %s of %s", action, role, country).isEqualTo(403);
				assertThat(snapshot(kind, pageId)).as("nothing changed").isEqualTo(before);
			}
		}
		finally {
			if (kind == Kind.PAGES) {
				this.content.remove(pageId);
			}
			else {
				this.content.removeNews(pageId);
			}
		}
	}

	private int perform(Kind kind, Action action, Long pageId, String slug, MockHttpSession session) {
		long version = this.jdbc.queryForObject(
				"select version from " + kind.table + "_translation where " + kind.key + " = ? and locale = 'ka'",
				Long.class, pageId);
		var request = switch (action) {
			case OPEN -> this.mvc.get().uri("/admin/" + kind.segment() + "/{id}/ka", pageId);
			case SAVE -> this.mvc.post()
				.uri("/admin/" + kind.segment() + "/{id}/ka", pageId)
				.param("title", "შეცვლილი")
				.param("slug", slug)
				.param("bodyMarkdown", "შეცვლილი ტექსტი.")
				.param("version", Long.toString(version));
			case SUBMIT, PUBLISH,
					UNPUBLISH ->
				this.mvc.post()
					.uri("/admin/" + kind.segment() + "/{id}/ka/" + action.name().toLowerCase(), pageId)
					.param("version", Long.toString(version));
			case TRASH -> this.mvc.post().uri("/admin/" + kind.segment() + "/{id}/trash", pageId);
		};
		return request.with(csrf()).session(session).exchange().getResponse().getStatus();
	}

	private String snapshot(Kind kind, Long id) {
		return this.jdbc.queryForObject("select t.version || ' ' || t.state || ' ' || coalesce(p.deleted_at::text, '') "
				+ "from " + kind.table + "_translation t join " + kind.table + " p on p.id = t." + kind.key
				+ " where t." + kind.key + " = ? and t.locale = 'ka'", String.class, id);
	}

}
