package org.migrantportal.content.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalWebTest
class ContentPageControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private ContentFixtures fixtures;

	private Long englishOnlyPage;

	private String englishSlug;

	@BeforeEach
	void createPageThatExistsOnlyInEnglish() {
		this.fixtures = new ContentFixtures(this.context);
		this.englishSlug = ContentFixtures.uniqueSlug("only-english");
		this.englishOnlyPage = this.fixtures.publishedPageOnlyIn("en", "Only in English", this.englishSlug,
				"Text that exists in English only.\n\n<script>alert('pwned')</script>");
	}

	@AfterEach
	void removePage() {
		this.fixtures.remove(this.englishOnlyPage);
	}

	@Test
	void showsGeorgianPageWithItsMarkdownRenderedAndLangSet() throws Exception {
		Document page = get("/ka/pages/migrantta-resurs-tsentrebi", 200);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ka");
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("ltr");
		assertThat(page.selectFirst("article h1").text()).contains("მიგრანტთა რესურს ცენტრ");
		assertThat(page.select("article .prose h2, article .prose p")).isNotEmpty();
		assertThat(page.select(".notice")).as("no fallback notice for an existing translation").isEmpty();
	}

	@Test
	void namesEveryTranslationAsAlternateWithXDefaultAndACanonicalLink() throws Exception {
		Document page = get("/en/pages/migrant-resource-centres", 200);
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/en/pages/migrant-resource-centres");
		List<String> hreflangs = page.select("link[rel=alternate]").eachAttr("hreflang");
		assertThat(hreflangs).containsExactly("ka", "en", "hy", "x-default");
		assertThat(page.select("link[rel=alternate][hreflang=x-default]").attr("href")).contains("/ka/pages/");
		assertThat(page.select("link[rel=alternate][hreflang=hy]").attr("href")).contains("/hy/pages/");
	}

	@Test
	void languageSwitcherLeadsToTheSamePagesTranslation() throws Exception {
		Document page = get("/en/pages/migrant-resource-centres", 200);
		Element armenian = page.selectFirst(".languages a[hreflang=hy]");
		assertThat(armenian.attr("href")).as("the page itself, not a cookie-setting detour").startsWith("/hy/pages/");
		assertThat(armenian.attr("lang")).isEqualTo("hy");
		assertThat(page.selectFirst(".languages a[aria-current=true]").attr("hreflang")).isEqualTo("en");
		MockHttpServletResponse armenianPage = this.mvc.get().uri(armenian.attr("href")).exchange().getResponse();
		assertThat(armenianPage.getStatus()).isEqualTo(200);
		assertThat(armenianPage.getHeaders("Set-Cookie")).as("choosing a language sets no cookie").isEmpty();
	}

	@Test
	void showsFallbackNoticeWhenTranslationIsMissing() throws Exception {
		Document page = get("/hy/pages/" + this.englishSlug, 200);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hy");
		assertThat(page.selectFirst(".notice").text()).contains("Այս էջը դեռ հասանելի չէ").contains("English");
		Element article = page.selectFirst("article");
		assertThat(article.attr("lang")).as("the fallback text carries its own lang").isEqualTo("en");
		assertThat(article.text()).contains("Text that exists in English only.");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/en/pages/" + this.englishSlug);
		assertThat(page.select("link[rel=alternate]").eachAttr("hreflang")).containsExactly("en", "x-default");
	}

	@Test
	void scriptInContentNeverReachesThePage() throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri("/en/pages/" + this.englishSlug).exchange().getResponse();
		assertThat(response.getContentAsString()).doesNotContain("alert('pwned')").doesNotContain("<script>alert");
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("script")).allSatisfy((script) -> assertThat(script.hasAttr("src")).isTrue());
	}

	@Test
	void slugOfAnotherLanguageRedirectsPermanentlyToThisLanguagesSlug() {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/ka/pages/migrant-resource-centres")
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(301);
		assertThat(response.getRedirectedUrl()).isEqualTo("/ka/pages/migrantta-resurs-tsentrebi");
	}

	@Test
	void unknownSlugIsAFriendlyNotFoundPageInTheVisitorsLanguage() throws Exception {
		Document page = get("/hy/pages/no-such-page", 404);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hy");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Էջը չի գտնվել");
		assertThat(page.text()).doesNotContainIgnoringCase("exception");
	}

	private Document get(String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

}
