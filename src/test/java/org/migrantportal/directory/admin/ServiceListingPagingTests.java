package org.migrantportal.directory.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.directory.ListingFixtures;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office list of listings, paged in the database: fifty rows a page in a stable
 * order, the rows shown of how many, a pager that keeps the filter, friendly answers to
 * bad page numbers, and a staff member's country scope on every page. 70 Georgian and 50
 * Armenian listings carry a word of their own that the text filter finds.
 */
@PortalWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceListingPagingTests {

	private static final int GEORGIAN = 70;

	private static final int ARMENIAN = 50;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ServiceListingEditingService editing;

	private ListingFixtures listings;

	private AccountFixtures accounts;

	/** The word every listing of this test has in its name in every language. */
	private final String word = "pagingword" + UUID.randomUUID().toString().substring(0, 8);

	private final List<Long> created = new ArrayList<>();

	private final Set<Long> armenian = new HashSet<>();

	@BeforeAll
	void createListings() {
		this.listings = new ListingFixtures(this.context);
		this.accounts = new AccountFixtures(this.context);
		Long iomGeorgia = this.listings.organizationId("iom-georgia");
		Long iomArmenia = this.listings.organizationId("iom-armenia");
		for (int number = 1; number <= GEORGIAN + ARMENIAN; number++) {
			boolean inArmenia = number > GEORGIAN;
			ServiceListingDocument document = named(this.listings.tbilisiLegalAid(inArmenia ? iomArmenia : iomGeorgia,
					UUID.randomUUID().toString().substring(0, 8)), number);
			Long id = this.editing.create(ListingFixtures.SYSTEM, inArmenia ? inYerevan(document) : document);
			this.created.add(id);
			if (inArmenia) {
				this.armenian.add(id);
			}
		}
	}

	@AfterAll
	void removeListings() {
		this.created.forEach(this.listings::remove);
	}

	@Test
	void listWhenManyListingsThenFiftyRowsAPageAndWhichOfHowMany() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		Document first = page(admin, "/admin/services?text=" + this.word, "en");
		assertThat(first.select("tr.listing-row")).hasSize(50);
		assertThat(first.select("p.pager-rows").text()).isEqualTo("Rows 1–50 of 120");
		assertThat(first.select("nav.pager [aria-current=page]").text()).isEqualTo("1");
		assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();

		Document third = page(admin, "/admin/services?text=" + this.word + "&page=2", "en");
		assertThat(third.select("tr.listing-row")).hasSize(20);
		assertThat(third.select("p.pager-rows").text()).isEqualTo("Rows 101–120 of 120");
		assertThat(third.select("nav.pager a[rel=next]")).isEmpty();
	}

	@Test
	void listWhenPagingThroughThenEveryListingOnceInAStableOrder() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		List<Long> seen = new ArrayList<>();
		String next = "/admin/services?text=" + this.word;
		while (next != null) {
			Document page = page(admin, next, "en");
			seen.addAll(ids(page));
			Element link = page.selectFirst("nav.pager a[rel=next]");
			next = (link != null) ? link.attr("href") : null;
		}
		assertThat(seen).hasSize(GEORGIAN + ARMENIAN).doesNotHaveDuplicates().containsAll(this.created);
		assertThat(seen).as("all changed at one moment: newest id first").isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void pagerWhenFilteredByCountryThenEveryLinkKeepsTheFilter() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		Document first = page(admin, "/admin/services?country=ARMENIA&text=" + this.word + "&unverified=false", "ka");
		assertThat(first.select("p.pager-rows").text()).isEqualTo("სტრიქონები 1–50, სულ 50");
		assertThat(first.select("nav.pager")).as("one page only").isEmpty();

		Document georgian = page(admin, "/admin/services?country=GEORGIA&text=" + this.word, "hy");
		assertThat(georgian.select("p.pager-rows").text()).isEqualTo("Տողեր 1–50, ընդամենը 70");
		assertThat(georgian.select("nav.pager a[href]")).isNotEmpty().allSatisfy((link) -> {
			assertThat(link.attr("href")).contains("country=GEORGIA").contains("text=" + this.word);
		});
		Document second = page(admin, georgian.selectFirst("nav.pager a[rel=next]").attr("href"), "hy");
		assertThat(second.select("tr.listing-row")).hasSize(20);
		assertThat(ids(second)).doesNotContainAnyElementsOf(this.armenian);
		assertThat(second.select("p.pager-rows").text()).isEqualTo("Տողեր 51–70, ընդամենը 70");
		assertThat(second.select("select#country option[selected]").attr("value")).isEqualTo("GEORGIA");
	}

	@Test
	void listWhenFilterNarrowsToAFewRowsThenNoPager() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		Document page = page(admin, "/admin/services?text=" + this.word + " 007", "en");
		assertThat(page.select("tr.listing-row")).hasSize(1);
		assertThat(page.select("p.pager-rows").text()).isEqualTo("Rows 1–1 of 1");
		assertThat(page.select("nav.pager")).isEmpty();
	}

	@Test
	void listWhenPageIsNotANumberThenFriendly400AndWhenBelowTheFirstOrPastTheLastThenThoseRows() throws Exception {
		MockHttpSession admin = logIn(StaffRole.ADMIN, CountryScope.BOTH, null);
		for (String bad : List.of("x", "1.5", "99999999999999999999")) {
			MockHttpServletResponse response = this.mvc.get()
				.uri("/admin/services?text=" + this.word + "&page=" + bad)
				.session(admin)
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).as(bad).isEqualTo(400);
			assertThat(response.getContentAsString()).doesNotContainIgnoringCase("exception");
		}
		Document below = page(admin, "/admin/services?text=" + this.word + "&page=-3", "en");
		assertThat(below.select("p.pager-rows").text()).isEqualTo("Rows 1–50 of 120");
		Document past = page(admin, "/admin/services?text=" + this.word + "&page=2147483647", "en");
		assertThat(past.select("p.pager-rows").text()).isEqualTo("Rows 101–120 of 120");
		assertThat(past.select("tr.listing-row")).hasSize(20);
	}

	@Test
	void listWhenGeorgianStaffThenNoArmenianRowOnAnyPage() throws Exception {
		MockHttpSession georgian = logIn(StaffRole.EDITOR, CountryScope.GEORGIA, "iom-georgia");
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			seen.addAll(ids(page(georgian, "/admin/services?text=" + this.word + "&page=" + page, "ka")));
		}
		assertThat(seen).isNotEmpty().doesNotContainAnyElementsOf(this.armenian);
		Document first = page(georgian, "/admin/services?text=" + this.word, "ka");
		assertThat(first.select("p.pager-rows").text()).isEqualTo("სტრიქონები 1–50, სულ 70");
		Document asked = page(georgian, "/admin/services?country=ARMENIA&text=" + this.word, "ka");
		assertThat(asked.select("tr.listing-row")).isEmpty();
		assertThat(asked.select("nav.pager")).isEmpty();
	}

	private List<Long> ids(Document page) {
		return page.select("tr.listing-row td:first-child a")
			.stream()
			.map((link) -> Long.valueOf(link.attr("href").substring(link.attr("href").lastIndexOf('/') + 1)))
			.toList();
	}

	private Document page(MockHttpSession session, String uri, String language) throws Exception {
		MockHttpServletResponse response = this.mvc.get()
			.uri(uri)
			.session(session)
			.cookie(new Cookie("portal_lang", language))
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpSession logIn(StaffRole role, CountryScope country, String organization) {
		return BackOffice.logIn(this.mvc, this.accounts.create(role, country, organization), AccountFixtures.PASSWORD);
	}

	/**
	 * The document with the test's word and a number (001...) in its name in every
	 * language.
	 */
	private ServiceListingDocument named(ServiceListingDocument document, int number) {
		Map<String, ServiceListingDocument.Text> texts = new LinkedHashMap<>();
		document.texts()
			.forEach((locale, text) -> texts.put(locale, new ServiceListingDocument.Text(text.slug(),
					text.name() + " " + this.word + " " + String.format("%03d", number), text.description(),
					text.eligibility(), text.feesDescription(), text.awaitingNativeReview(), text.translatedFrom())));
		return new ServiceListingDocument(document.hsdsId(), document.organizationId(), document.country(),
				document.status(), document.freeOfCharge(), document.email(), document.url(), document.timeZone(),
				document.sourceLocale(), document.categories(), document.languages(), texts, document.locations(),
				document.phones(), document.openingHours());
	}

	/** The document as an Armenian listing with its office in Yerevan. */
	private static ServiceListingDocument inYerevan(ServiceListingDocument document) {
		List<ServiceListingDocument.Place> places = document.locations()
			.stream()
			.map((place) -> new ServiceListingDocument.Place(place.hsdsId(), place.serviceAtLocationId(), "AM",
					"yerevan", "yerevan", "0010", place.latitude(), place.longitude(), place.sample(), place.texts()))
			.toList();
		return new ServiceListingDocument(document.hsdsId(), document.organizationId(), CountryScope.ARMENIA,
				document.status(), document.freeOfCharge(), document.email(), document.url(), "Asia/Yerevan",
				document.sourceLocale(), document.categories(), document.languages(), document.texts(), places,
				document.phones(), document.openingHours());
	}

}
