package org.migrantportal.search.admin;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
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
 * The back-office search: staff find drafts by their word forms, only within their own
 * country, while the public never sees them; only admins rebuild the public index.
 */
@PortalWebTest
class SearchAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private AccountFixtures accounts;

	private ContentFixtures content;

	private Long draft;

	@BeforeEach
	void aGeorgianDraft() {
		this.accounts = new AccountFixtures(this.context);
		this.content = new ContentFixtures(this.context);
		this.draft = this.content.draftNews(CountryScope.GEORGIA, "ka", "სეზონური სამუშაო ვენახებში",
				ContentFixtures.uniqueSlug("sezonuri"), "მევენახეობა და ყურძნის კრეფა.");
	}

	@AfterEach
	void remove() {
		this.content.removeNews(this.draft);
	}

	@Test
	void searchWhenGeorgianEditorThenFindsTheDraftByAnotherWordForm() throws Exception {
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		List<String> links = links("/admin/search?q=" + encode("ვენახები"), session);
		assertThat(links).contains("/admin/news/" + this.draft + "/ka");
	}

	@Test
	void searchWhenArmenianEditorThenTheGeorgianDraftIsNotThere() throws Exception {
		MockHttpSession session = logIn(StaffRole.EDITOR, CountryScope.ARMENIA);
		assertThat(links("/admin/search?q=" + encode("ვენახები"), session))
			.doesNotContain("/admin/news/" + this.draft + "/ka");
	}

	@Test
	void publicSearchWhenAnonymousThenTheDraftIsNotThere() throws Exception {
		String html = this.mvc.get()
			.uri(java.net.URI.create("/ka/search?q=" + encode("ვენახები")))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("სეზონური სამუშაო ვენახებში");
	}

	@Test
	void reindexWhenAdminThenTheIndexIsRebuiltAndWhenEditorThen403() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH);
		var response = this.mvc.post()
			.uri("/admin/search/reindex")
			.with(csrf())
			.session(admin)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		String page = this.mvc.get()
			.uri(response.getRedirectedUrl())
			.session(admin)
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select(".flash").text()).matches(".*\\d+.*");
		MockHttpSession editor = logIn(StaffRole.EDITOR, CountryScope.GEORGIA);
		assertThat(this.mvc.post()
			.uri("/admin/search/reindex")
			.with(csrf())
			.session(editor)
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(Jsoup
			.parse(this.mvc.get().uri("/admin/search").session(editor).exchange().getResponse().getContentAsString())
			.select("form.reindex")).isEmpty();
	}

	private MockHttpSession logIn(StaffRole role, CountryScope country) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, country, null), AccountFixtures.PASSWORD);
	}

	private List<String> links(String uri, MockHttpSession session) throws Exception {
		var response = this.mvc.get().uri(java.net.URI.create(uri)).session(session).exchange().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString()).select("ol.results a").eachAttr("href");
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

}
