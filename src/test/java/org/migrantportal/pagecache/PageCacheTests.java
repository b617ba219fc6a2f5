package org.migrantportal.pagecache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentTrash;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.content.NewPage;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.directory.HelpContactEditingService;
import org.migrantportal.directory.HelpContactFixtures;
import org.migrantportal.directory.ListingFixtures;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache as a visitor and an editor notice it: a page is rendered once and then
 * served from memory (compressed, with a strong ETag and a CDN-friendly Cache-Control),
 * each kind of change shows on the very next request while unrelated pages stay cached,
 * and a page that cannot be rendered is served from its last copy with a note.
 */
@PortalWebTest
@TestPropertySource(properties = "portal.page-cache.enabled=true")
class PageCacheTests {

	private static final Actor EDITOR = new Actor(-11L, "cache-editor@test.example", StaffRole.EDITOR,
			CountryScope.BOTH, null, false);

	private static final Actor REVIEWER = new Actor(-12L, "cache-reviewer@test.example", StaffRole.REVIEWER,
			CountryScope.BOTH, null, false);

	private static final Actor ADMIN = new Actor(-13L, "cache-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH,
			null, false);

	/** The path whose render fails as if the database were away; null for none. */
	static volatile String databaseAwayFor;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	@Autowired
	private ContentTrash trash;

	@Autowired
	private PageCache cache;

	@Autowired
	private HelpContactEditingService helpContacts;

	@Autowired
	private MutableClock clock;

	@Autowired
	private MeterRegistry meters;

	private ContentFixtures fixtures;

	private final List<Long> pages = new ArrayList<>();

	private final List<Long> news = new ArrayList<>();

	private final List<Long> listings = new ArrayList<>();

	@BeforeEach
	void emptyCache() {
		this.fixtures = new ContentFixtures(this.context);
		this.cache.evictAll();
		databaseAwayFor = null;
	}

	@AfterEach
	void removeWhatTestsMade() {
		databaseAwayFor = null;
		this.pages.forEach(this.fixtures::remove);
		this.news.forEach(this.fixtures::removeNews);
		ListingFixtures listingFixtures = new ListingFixtures(this.context);
		this.listings.forEach(listingFixtures::remove);
		this.cache.evictAll();
	}

	@Test
	void secondVisitIsServedFromTheCacheWithStrongEtagAndCdnCaching() {
		String path = "/ka/pages/" + publishedPage("ქეშირებული გვერდი");
		double hitsBefore = served("hit");
		double missesBefore = served("miss");
		MockHttpServletResponse first = get(path);
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(first.getHeader("X-Cache")).isEqualTo("MISS");
		MockHttpServletResponse second = get(path);
		assertThat(second.getHeader("X-Cache")).isEqualTo("HIT");
		assertThat(body(second)).isEqualTo(body(first)).contains("ქეშირებული გვერდი");
		assertThat(second.getHeader("ETag")).startsWith("\"").isEqualTo(first.getHeader("ETag"));
		assertThat(second.getHeader("Cache-Control")).contains("s-maxage=60")
			.contains("stale-while-revalidate")
			.contains("stale-if-error");
		assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding");
		assertThat(second.getHeader("Content-Security-Policy")).as("security headers kept")
			.isEqualTo(first.getHeader("Content-Security-Policy"))
			.isNotBlank();
		assertThat(second.getHeaders("Set-Cookie")).isEmpty();
		assertThat(served("miss")).as("the metrics count the render").isEqualTo(missesBefore + 1);
		assertThat(served("hit")).as("and the hit").isEqualTo(hitsBefore + 1);
	}

	private double served(String result) {
		return this.meters.get("portal.page.cache").tag("result", result).counter().count();
	}

	@Test
	void unchangedCachedPageCostsOnlyANotModifiedAnswer() {
		String path = "/ka/pages/" + publishedPage("უცვლელი გვერდი");
		String etag = get(path).getHeader("ETag");
		MockHttpServletResponse again = this.mvc.get().uri(path).header("If-None-Match", etag).exchange().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
	}

	@Test
	void gzipIsSentPrecompressedToWhoAcceptsIt() throws IOException {
		String path = "/ka/pages/" + publishedPage("შეკუმშული გვერდი");
		String plain = body(get(path));
		MockHttpServletResponse zipped = this.mvc.get()
			.uri(path)
			.header("Accept-Encoding", "gzip")
			.exchange()
			.getResponse();
		assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(
				new String(new GZIPInputStream(new ByteArrayInputStream(zipped.getContentAsByteArray())).readAllBytes(),
						StandardCharsets.UTF_8))
			.isEqualTo(plain);
		assertThat(zipped.getContentLength()).isLessThan(plain.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void visitorsWithASessionAndTheBackOfficeAreNeverCached() {
		String path = "/ka/pages/" + publishedPage("პირადი სესია");
		get(path);
		MockHttpServletResponse withSession = this.mvc.get()
			.uri(path)
			.cookie(new Cookie("PORTAL_SESSION", "abc"))
			.exchange()
			.getResponse();
		assertThat(withSession.getHeader("X-Cache")).isNull();
		assertThat(withSession.getHeader("Cache-Control")).doesNotContain("s-maxage");
		MockHttpServletResponse login = this.mvc.get().uri("/login").exchange().getResponse();
		assertThat(login.getHeader("X-Cache")).isNull();
		assertThat(login.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void publishingAChangedPageShowsItAtOnceAndKeepsOtherPagesCached() {
		String slug = publishedPage("ძველი სათაური");
		Long id = this.pages.get(0);
		String other = "/ka/pages/" + publishedPage("სხვა გვერდი");
		get("/ka/pages/" + slug);
		get(other);
		saveAndPublish(id, "ახალი სათაური", slug);
		MockHttpServletResponse changed = get("/ka/pages/" + slug);
		assertThat(changed.getHeader("X-Cache")).isEqualTo("MISS");
		assertThat(body(changed)).contains("ახალი სათაური").doesNotContain("ძველი სათაური");
		assertThat(get(other).getHeader("X-Cache")).isEqualTo("HIT");
	}

	@Test
	void aVisitorTheCacheDoesNotAnswerGetsTheKeptViewAndAChangeAtOnce() {
		String slug = publishedPage("ნახვა მეხსიერებაში");
		Long id = this.pages.get(0);
		String path = "/ka/pages/" + slug;
		MockHttpServletResponse first = getWithSession(path);
		assertThat(first.getHeader("X-Cache")).as("a visitor with a session gets a render").isNull();
		assertThat(body(first)).contains("ნახვა მეხსიერებაში");
		// a direct write, which no editor makes: the kept view does not ask the database
		// again
		this.context.getBean(JdbcTemplate.class)
			.update("update content_page_translation set published_title = 'ჩაწერილი პირდაპირ' where page_id = ?", id);
		assertThat(body(getWithSession(path))).contains("ნახვა მეხსიერებაში");

		saveAndPublish(id, "გამოქვეყნებული ცვლილება", slug);
		assertThat(body(getWithSession(path))).as("a publication reaches the kept view at once")
			.contains("გამოქვეყნებული ცვლილება")
			.doesNotContain("ნახვა მეხსიერებაში");
	}

	private MockHttpServletResponse getWithSession(String path) {
		return this.mvc.get()
			.uri(path)
			.cookie(new Cookie("PORTAL_SESSION", "no-such-session"))
			.exchange()
			.getResponse();
	}

	@Test
	void unpublishingAPageTakesItOffAtOnce() {
		String slug = publishedPage("გამოქვეყნებული");
		Long id = this.pages.get(0);
		String other = "/ka/pages/" + publishedPage("დარჩენილი");
		get("/ka/pages/" + slug);
		get(other);
		long version = this.editing.getTranslation(REVIEWER, ContentKind.PAGE, id, "ka").version();
		this.workflow.unpublish(REVIEWER, ContentKind.PAGE, id, "ka", version);
		assertThat(get("/ka/pages/" + slug).getStatus()).isEqualTo(404);
		assertThat(get(other).getHeader("X-Cache")).isEqualTo("HIT");
	}

	@Test
	void theDatesAVisitorGivesAToolAreNeverKeptInTheCache() {
		String query = "entry=2027-03-01&exit=2027-04-29&check=2027-05-15";
		get("/ka/tools/stay-calculator?" + query);
		assertThat(get("/ka/tools/stay-calculator?" + query).getHeader("X-Cache")).isNull();
		assertThat(this.cache.contains("/ka/tools/stay-calculator", query)).isFalse();
	}

	@Test
	void movingAPageToTheTrashTakesItOffAtOnce() {
		String slug = publishedPage("ნაგავში");
		Long id = this.pages.get(0);
		get("/ka/pages/" + slug);
		assertThat(this.cache.contains("/ka/pages/" + slug, null)).isTrue();
		this.trash.moveToTrash(ADMIN, ContentKind.PAGE, id);
		assertThat(get("/ka/pages/" + slug).getStatus()).isEqualTo(404);
	}

	@Test
	void changingASlugSendsTheOldAddressToTheNewOne() {
		String slug = publishedPage("ძველი მისამართი");
		Long id = this.pages.get(0);
		get("/ka/pages/" + slug);
		String renamed = ContentFixtures.uniqueSlug("renamed");
		saveAndPublish(id, "ძველი მისამართი", renamed);
		MockHttpServletResponse old = get("/ka/pages/" + slug);
		assertThat(old.getStatus()).isEqualTo(301);
		assertThat(old.getHeader("Location")).endsWith("/ka/pages/" + renamed);
	}

	@Test
	void publishingNewsRefreshesTheNewsListButNotThePages() {
		String page = "/ka/pages/" + publishedPage("ამბებისგან დამოუკიდებელი");
		get("/ka/news");
		get(page);
		assertThat(get("/ka/news").getHeader("X-Cache")).isEqualTo("HIT");
		String slug = ContentFixtures.uniqueSlug("cache-news");
		this.news.add(this.fixtures.publishedNews(CountryScope.GEORGIA, null, false, "ka", "ქეშის სიახლე", slug));
		MockHttpServletResponse list = get("/ka/news");
		assertThat(list.getHeader("X-Cache")).isEqualTo("MISS");
		assertThat(body(list)).contains("ქეშის სიახლე");
		assertThat(get(page).getHeader("X-Cache")).isEqualTo("HIT");
	}

	@Test
	void publishingAListingRefreshesTheServicesListButNotThePages() {
		String page = "/ka/pages/" + publishedPage("სერვისებისგან დამოუკიდებელი");
		get("/en/services");
		get(page);
		ListingFixtures listingFixtures = new ListingFixtures(this.context);
		String suffix = ContentFixtures.uniqueSlug("cache");
		this.listings.add(listingFixtures
			.published(listingFixtures.tbilisiLegalAid(listingFixtures.organizationId("iom-georgia"), suffix)));
		MockHttpServletResponse list = get("/en/services");
		assertThat(list.getHeader("X-Cache")).isEqualTo("MISS");
		assertThat(get(page).getHeader("X-Cache")).isEqualTo("HIT");
	}

	@Test
	void unpublishingOnScheduleTakesThePageOffAtOnce() {
		String slug = publishedPage("დაგეგმილი მოხსნა");
		Long id = this.pages.get(0);
		get("/ka/pages/" + slug);
		long version = this.editing.getTranslation(REVIEWER, ContentKind.PAGE, id, "ka").version();
		this.workflow.schedule(REVIEWER, ContentKind.PAGE, id, "ka", null,
				this.clock.instant().plus(Duration.ofHours(1)), version);
		assertThat(get("/ka/pages/" + slug).getHeader("X-Cache")).as("scheduling alone changes nothing yet")
			.isEqualTo("HIT");
		this.clock.advance(Duration.ofHours(2));
		this.workflow.runSchedule();
		assertThat(get("/ka/pages/" + slug).getStatus()).isEqualTo(404);
	}

	@Test
	void publishingAHelpContactRefreshesThePagesShowingHelpNumbers() {
		String page = "/ka/pages/" + publishedPage("დახმარების ნომრები");
		get("/en/help");
		get(page);
		HelpContactFixtures contacts = new HelpContactFixtures(this.context);
		try {
			Long id = contacts.hotlineInReview(CountryScope.GEORGIA, "Page cache test hotline");
			this.helpContacts.publish(contacts.actor(StaffRole.REVIEWER, CountryScope.GEORGIA), id,
					contacts.version(id));
			MockHttpServletResponse help = get("/en/help");
			assertThat(help.getHeader("X-Cache")).isEqualTo("MISS");
			assertThat(body(help)).contains("Page cache test hotline");
			assertThat(get(page).getHeader("X-Cache")).as("every page shows the emergency numbers").isEqualTo("MISS");
		}
		finally {
			contacts.removeAll();
		}
	}

	@Test
	void whileTheDatabaseIsAwayTheLastCopyIsServedWithANote() {
		String slug = publishedPage("მარაგის ასლი");
		String path = "/ka/pages/" + slug;
		get(path);
		this.cache.evict(List.of("PAGE:" + this.pages.get(0)));
		databaseAwayFor = path;
		MockHttpServletResponse stale = get(path);
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getHeader("X-Cache")).isEqualTo("STALE");
		assertThat(stale.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(body(stale)).contains("მარაგის ასლი").contains("ეს გვერდი შესაძლოა მოძველებული იყოს");
		databaseAwayFor = null;
		MockHttpServletResponse back = get(path);
		assertThat(back.getHeader("X-Cache")).isEqualTo("MISS");
		assertThat(body(back)).doesNotContain("მოძველებული");
	}

	private String publishedPage(String title) {
		String slug = ContentFixtures.uniqueSlug("cache-page");
		Long topicId = this.editing.listTopicChoices("ka").keySet().iterator().next();
		Long id = this.editing.createPage(EDITOR, new NewPage(topicId, CountryScope.GEORGIA, null, "ka",
				new TranslationDraft(title, slug, "მოკლედ.", "ტექსტი " + title + ".", "", false)));
		this.pages.add(id);
		long version = this.editing.getTranslation(REVIEWER, ContentKind.PAGE, id, "ka").version();
		this.workflow.publish(REVIEWER, ContentKind.PAGE, id, "ka", version);
		return slug;
	}

	private void saveAndPublish(Long id, String title, String slug) {
		long version = this.editing.getTranslation(EDITOR, ContentKind.PAGE, id, "ka").version();
		long saved = this.editing.saveTranslation(EDITOR, ContentKind.PAGE, id, "ka",
				new TranslationDraft(title, slug, "მოკლედ.", "ტექსტი " + title + ".", "", false), version);
		this.workflow.publish(REVIEWER, ContentKind.PAGE, id, "ka", saved);
	}

	private MockHttpServletResponse get(String path) {
		return this.mvc.get().uri(path).exchange().getResponse();
	}

	private static String body(MockHttpServletResponse response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class DatabaseAway {

		@Bean
		FilterRegistrationBean<Filter> databaseAwayFilter() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				if (((HttpServletRequest) request).getRequestURI().equals(databaseAwayFor)) {
					throw new CannotGetJdbcConnectionException("the database is away (test)");
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
			return registration;
		}

	}

}
