package org.migrantportal.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.MockMvcSessions;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A language enabled by configuration only: Arabic, right-to-left, with no content and no
 * UI bundle of its own. Pages answer in RTL, content falls back with its own lang and
 * dir, UI strings fall back to English, never a raw key.
 */
@SpringBootTest(properties = "portal.locales=ka,en,hy,ar")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(MockMvcSessions.class)
class RightToLeftTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Test
	void arabicPagesAreRightToLeftWithFallbackContentMarkedByItsOwnLanguage() throws Exception {
		Document home = get("/ar/");
		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("ar");
		assertThat(home.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(home.select(".languages a[hreflang=ar]").text()).isEqualTo("العربية");
		assertThat(home.selectFirst("h1").text()).as("UI strings fall back to English")
			.isEqualTo("Migrant information portal");
		assertThat(home.select("#topics-heading + .cards li").first().attr("lang")).isEqualTo("en");
		assertThat(home.select("#topics-heading + .cards li").first().attr("dir")).isEqualTo("ltr");
		assertThat(home.text()).doesNotContainPattern("[a-z]+\\.[a-z-]+\\.[a-z-]+").doesNotContain("??");

		Document page = get("/ar/pages/migrant-resource-centres");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.selectFirst("article").attr("lang")).isEqualTo("en");
		assertThat(page.selectFirst("article").attr("dir")).isEqualTo("ltr");
		assertThat(page.select(".notice").text()).contains("English");
		assertThat(page.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("ka", "en", "hy",
				"x-default");
	}

	@Test
	void theServicesDirectoryWorksInArabicWithServicesInTheirOwnLanguage() throws Exception {
		Document list = get("/ar/services?category=counter-trafficking");
		assertThat(list.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(list.select(".services h2 a").eachAttr("href"))
			.contains("/ar/services/assistance-to-victims-of-trafficking");
		assertThat(list.select(".services h2 a").first().attr("dir")).isEqualTo("ltr");
		Document service = get("/ar/services/assistance-to-victims-of-trafficking");
		assertThat(service.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(service.selectFirst("article").attr("lang")).isEqualTo("en");
		assertThat(service.selectFirst("article").attr("dir")).isEqualTo("ltr");
		assertThat(service.select(".notice").text()).contains("English");
		assertThat(service.selectFirst(".languages-spoken").text()).as("languages named in Arabic")
			.containsPattern("\\p{IsArabic}");
		assertThat(service.select("a[href^=tel:]")).isNotEmpty();
		assertThat(service.text()).doesNotContain("directory.").doesNotContain("??");
	}

	@Test
	void acceptLanguageArabicLeadsToArabic() {
		assertThat(this.mvc.get()
			.uri("/")
			.header("Accept-Language", "ar-GE,ar;q=0.9")
			.exchange()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/ar/");
	}

	@Test
	void theLoginPageWorksInArabic() throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/login")
			.cookie(new jakarta.servlet.http.Cookie("portal_lang", "ar"))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document login = Jsoup.parse(response.getContentAsString());
		assertThat(login.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(login.selectFirst("h1").text()).isEqualTo("Log in");
	}

	@Test
	void theBackOfficeWorksInArabic() throws Exception {
		String editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		MockHttpSession session = BackOffice.logIn(this.mvc, editor, AccountFixtures.PASSWORD);
		assertThat(this.mvc.post()
			.uri("/admin/language/ar")
			.session(session)
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/admin");
		for (String path : new String[] { "/admin", "/admin/pages", "/admin/translations", "/admin/topics" }) {
			MockHttpServletResponse response = this.mvc.get()
				.uri(path)
				.session(session)
				.cookie(new jakarta.servlet.http.Cookie("portal_lang", "ar"))
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.selectFirst("html").attr("dir")).as(path).isEqualTo("rtl");
			assertThat(page.text()).as(path).doesNotContain("??");
		}
		Document matrix = Jsoup.parse(this.mvc.get()
			.uri("/admin/translations")
			.session(session)
			.cookie(new jakarta.servlet.http.Cookie("portal_lang", "ar"))
			.exchange()
			.getResponse()
			.getContentAsString());
		assertThat(matrix.select("#progress-ar").text()).as("Arabic has a column and a progress row").contains("0 %");
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
