package org.migrantportal.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * People in crisis type "hotline", "trafiking" or "passport" in whatever language comes
 * to mind; the synonym groups find the page that says it in the visitor's language, and
 * admins extend the groups.
 */
@PortalWebTest
class CrisisSearchTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SearchService search;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private SearchSynonyms synonyms;

	@Autowired
	private SiteLocales siteLocales;

	private ContentFixtures content;

	private final List<Long> pages = new ArrayList<>();

	private String georgianPath;

	private String armenianPath;

	private String englishPath;

	@BeforeEach
	void pagesThatNameAHotline() {
		this.content = new ContentFixtures(this.context);
		String ka = ContentFixtures.uniqueSlug("cxeli-xazi");
		String hy = ContentFixtures.uniqueSlug("tezh-gits");
		String en = ContentFixtures.uniqueSlug("support-line");
		this.pages.add(this.content.publishedPageOnlyIn("ka", "მხარდაჭერა ტრეფიკინგის მსხვერპლებს", ka,
				"დარეკეთ ცხელ ხაზზე, თუ დოკუმენტები ჩამოგართვეს."));
		this.pages.add(this.content.publishedPageOnlyIn("hy", "Աջակցություն թրաֆիքինգի զոհերին", hy,
				"Զանգահարեք թեժ գիծ, եթե ձեր փաստաթղթերը վերցրել են։"));
		this.pages.add(this.content.publishedPageOnlyIn("en", "Support for people who were trafficked", en,
				"Call the helpline if your documents were taken."));
		this.georgianPath = "/ka/pages/" + ka;
		this.armenianPath = "/hy/pages/" + hy;
		this.englishPath = "/en/pages/" + en;
		this.indexing.reindexAll();
	}

	@AfterEach
	void remove() {
		this.pages.forEach(this.content::remove);
		this.indexing.reindexAll();
	}

	@Test
	void aCrisisWordFindsThePageThatSaysItInEachLanguage() {
		assertThat(paths("ka", "hotline")).contains(this.georgianPath);
		assertThat(paths("hy", "hotline")).contains(this.armenianPath);
		assertThat(paths("en", "ცხელი ხაზი")).contains(this.englishPath);
		assertThat(paths("en", "trafiking")).as("a misspelling in the list").contains(this.englishPath);
		assertThat(paths("hy", "helpline")).as("another English word of the group").contains(this.armenianPath);
	}

	@Test
	void topicsAreFoundByTheirNameInEachLanguage() {
		for (String[] query : new String[][] { { "ka", "საკონსულო" }, { "hy", "Հյուպատոսական" },
				{ "en", "consular" } }) {
			SearchResults results = this.search.search(this.siteLocales.get(query[0]), query[1], SearchType.TOPIC, null,
					1);
			assertThat(results.hits()).as(query[1]).isNotEmpty();
			assertThat(results.hits().get(0).path()).startsWith("/" + query[0] + "/topics/");
		}
	}

	@Test
	void adminsAddAGroupThatSearchUsesAtOnceAndOthersCannot() throws Exception {
		String before = "zzzqline";
		assertThat(paths("ka", before)).doesNotContain(this.georgianPath);
		String admin = new AccountFixtures(this.context).create(StaffRole.ADMIN, CountryScope.BOTH, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, admin, AccountFixtures.PASSWORD);
		String current = this.mvc.get()
			.uri("/admin/search/synonyms")
			.session(session)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(current).contains("ცხელი ხაზი");
		String text = this.synonyms
			.asText(new org.migrantportal.shared.Actor(1L, admin, StaffRole.ADMIN, CountryScope.BOTH, null, false));
		try {
			assertThat(this.mvc.post()
				.uri("/admin/search/synonyms")
				.session(session)
				.with(csrf())
				.param("text", text + "\n" + before + ", ცხელი ხაზი")
				.exchange()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/admin/search/synonyms");
			assertThat(paths("ka", before)).contains(this.georgianPath);

			String tooLong = "a, " + "b".repeat(SearchSynonyms.MAX_LINE);
			var refused = this.mvc.post()
				.uri("/admin/search/synonyms")
				.session(session)
				.with(csrf())
				.param("text", tooLong)
				.exchange()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(400);
			assertThat(refused.getContentAsString()).as("the typed list comes back").contains("bbbbbbbbbb");

			assertThat(this.mvc.post()
				.uri("/admin/search/synonyms")
				.session(session)
				.with(csrf())
				.exchange()
				.getResponse()
				.getStatus()).as("no list at all wipes nothing").isEqualTo(400);
			assertThat(paths("ka", before)).contains(this.georgianPath);

			MockHttpSession editor = BackOffice.logIn(this.mvc,
					new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.BOTH, null),
					AccountFixtures.PASSWORD);
			assertThat(
					this.mvc.get().uri("/admin/search/synonyms").session(editor).exchange().getResponse().getStatus())
				.isEqualTo(403);
		}
		finally {
			this.mvc.post().uri("/admin/search/synonyms").session(session).with(csrf()).param("text", text).exchange();
		}
	}

	/**
	 * The paths of the first five pages of results (the real content has many hotlines).
	 */
	private List<String> paths(String locale, String query) {
		List<String> paths = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			this.search.search(this.siteLocales.get(locale), query, null, null, page)
				.hits()
				.forEach((hit) -> paths.add(hit.path()));
		}
		return paths;
	}

}
