package org.migrantportal.directory;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PortalWebTest
class ServiceDirectoryTests {

	/** Monday 2026-11-30, 12:00 in Tbilisi and Yerevan. */
	private static final Instant MONDAY_NOON = Instant.parse("2026-11-30T08:00:00Z");

	/** Sunday 2026-12-06, 12:00 in Tbilisi and Yerevan. */
	private static final Instant SUNDAY_NOON = Instant.parse("2026-12-06T08:00:00Z");

	@Autowired
	private ServiceDirectory directory;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MutableClock clock;

	@Autowired
	private SiteLocales siteLocales;

	private DirectoryFixtures fixtures;

	private Instant realNow;

	private ServiceListingDocument regional;

	private Long regionalId;

	private SiteLocale en;

	private SiteLocale ka;

	@BeforeEach
	void publishListings() {
		this.realNow = this.clock.instant();
		this.en = this.siteLocales.get("en");
		this.ka = this.siteLocales.get("ka");
		this.fixtures = new DirectoryFixtures(this.context);
		this.fixtures.publish(this.fixtures.legalAid());
		this.fixtures.publish(this.fixtures.yerevanShelter());
		this.regional = this.fixtures.regionalHotline();
		this.regionalId = this.fixtures.publish(this.regional);
		this.fixtures.publish(this.fixtures.closedLegalAid());
		this.fixtures.publish(this.fixtures.inactive());
	}

	@AfterEach
	void removeListings() {
		this.fixtures.removeAll();
		setClock(this.realNow);
	}

	@Test
	void listsPublishedServicesButNotInactiveOnesAndMarksTemporarilyClosedOnes() {
		ServiceResults results = search(this.en, filter(null, null, null, false, false));
		assertThat(names(results)).containsExactly("Closed legal aid", "Legal aid for migrants", "Regional counselling",
				"Shelter in Yerevan");
		assertThat(results.total()).isEqualTo(4);
		assertThat(results.items().get(0).temporarilyClosed()).isTrue();
		assertThat(results.items().get(1).temporarilyClosed()).isFalse();
	}

	@Test
	void aCountryIncludesRegionalServices() {
		assertThat(names(search(this.en, filter(CountryScope.ARMENIA, null, null, false, false))))
			.containsExactly("Regional counselling", "Shelter in Yerevan");
		assertThat(names(search(this.en, filter(CountryScope.GEORGIA, null, null, false, false))))
			.containsExactly("Closed legal aid", "Legal aid for migrants", "Regional counselling");
		assertThat(names(search(this.en, filter(CountryScope.BOTH, null, null, false, false))))
			.containsExactly("Regional counselling");
	}

	@Test
	void filtersCombine() {
		assertThat(names(search(this.en, filter(CountryScope.GEORGIA, null, "legal-aid", false, false))))
			.containsExactly("Closed legal aid", "Legal aid for migrants");
		assertThat(names(search(this.en, filter(CountryScope.GEORGIA, null, "legal-aid", true, false))))
			.containsExactly("Closed legal aid", "Legal aid for migrants");
		assertThat(names(search(this.en, filter(null, "adjara", "legal-aid", false, false))))
			.as("a region key finds services in its cities")
			.containsExactly("Closed legal aid");
		assertThat(names(search(this.en, filter(null, "yerevan", "shelter", false, false))))
			.containsExactly("Shelter in Yerevan");
		assertThat(names(search(this.en, filter(null, null, "counter-trafficking", true, false))))
			.as("the shelter is not free")
			.containsExactly("Regional counselling");
		assertThat(names(search(this.en, filter(CountryScope.ARMENIA, "tbilisi", null, false, false)))).isEmpty();
		ServiceResults russian = this.directory.search(this.en,
				new ServiceFilter(CountryScope.ARMENIA, null, null, "ru", false, false), 1, 50);
		assertThat(names(russian)).contains("Shelter in Yerevan").doesNotContain("Legal aid for migrants");
	}

	@Test
	void openNowIsComputedWithTheClockInEachServicesTimeZone() {
		setClock(MONDAY_NOON);
		assertThat(names(search(this.en, filter(null, null, null, false, true))))
			.as("the closed one is closed whatever its hours; the regional one has no hours")
			.containsExactly("Legal aid for migrants", "Shelter in Yerevan");
		setClock(SUNDAY_NOON);
		assertThat(names(search(this.en, filter(null, null, null, false, true)))).containsExactly("Shelter in Yerevan");
		ServiceResults all = search(this.en, filter(null, null, null, false, false));
		assertThat(all.items()).extracting(ServiceSummary::name, ServiceSummary::openNow)
			.contains(org.assertj.core.groups.Tuple.tuple("Legal aid for migrants", false),
					org.assertj.core.groups.Tuple.tuple("Regional counselling", null));
	}

	@Test
	void openNowInTheDatabaseAgreesWithTheOpeningTimesRulesAroundTheWeek() {
		ServiceListingDocument hotline = this.fixtures.regionalHotline();
		ServiceListingDocument night = new ServiceListingDocument(UUID.randomUUID(), hotline.organizationId(),
				hotline.country(), hotline.status(), hotline.freeOfCharge(), null, null, "Asia/Tbilisi", "en",
				hotline.categories(), hotline.languages(),
				Map.of("en",
						new ServiceListingDocument.Text(
								"night-" + this.fixtures.suffix, "Night line", "", "", "", false, null)),
				List.of(), List.of(),
				List.of(new ServiceListingDocument.Hours(UUID.randomUUID(), DayOfWeek.FRIDAY, LocalTime.of(22, 0),
						LocalTime.of(2, 0), false),
						new ServiceListingDocument.Hours(UUID.randomUUID(), DayOfWeek.SUNDAY, LocalTime.MIDNIGHT,
								LocalTime.MIDNIGHT, false),
						new ServiceListingDocument.Hours(UUID.randomUUID(), DayOfWeek.WEDNESDAY, LocalTime.of(9, 30),
								LocalTime.of(13, 0), false)));
		this.fixtures.publish(night);
		ZoneId tbilisi = ZoneId.of("Asia/Tbilisi");
		List<String> disagreements = new ArrayList<>();
		// every 50 minutes of a week, so that the minutes fall on and beside the hours
		for (Instant at = MONDAY_NOON; at
			.isBefore(MONDAY_NOON.plus(Duration.ofDays(7))); at = at.plus(Duration.ofMinutes(50))) {
			setClock(at);
			boolean listed = names(search(this.en, filter(null, null, null, false, true))).contains("Night line");
			if (listed != OpeningTimes.isOpen(night.openingHours(), tbilisi, at)) {
				disagreements.add(at.atZone(tbilisi).toString());
			}
		}
		assertThat(disagreements).isEmpty();
		setClock(Instant.parse("2026-12-04T22:30:00Z"));
		assertThat(names(search(this.en, filter(null, null, null, false, true))))
			.as("Saturday 02:30 in Tbilisi: Friday night's period has ended")
			.doesNotContain("Night line");
		setClock(Instant.parse("2026-12-04T21:30:00Z"));
		assertThat(names(search(this.en, filter(null, null, null, false, true))))
			.as("Saturday 01:30 in Tbilisi: Friday night's period runs on")
			.contains("Night line");
	}

	@Test
	void namesAreInTheAlphabetOfTheVisitorsLanguageAcrossPages() {
		ServiceResults georgian = search(this.ka, filter(null, null, null, false, false));
		List<String> names = names(georgian);
		List<String> sorted = new ArrayList<>(names);
		sorted.sort(Collator.getInstance(Locale.forLanguageTag("ka")));
		assertThat(names).as("in the Georgian collation").isEqualTo(sorted).hasSizeGreaterThan(2);
		List<String> paged = new ArrayList<>();
		for (int page = 1; page <= georgian.total(); page++) {
			paged.addAll(names(this.directory.search(this.ka, filter(null, null, null, false, false), page, 1)));
		}
		assertThat(paged).as("one service a page gives the same order, each service once").isEqualTo(names);
	}

	@Test
	void resultsArePaginatedWithACappedPageSize() {
		ServiceFilter filter = filter(null, null, null, false, false);
		ServiceResults second = this.directory.search(this.en, filter, 2, 3);
		assertThat(names(second)).containsExactly("Shelter in Yerevan");
		assertThat(second.totalPages()).isEqualTo(2);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isFalse();
		assertThat(this.directory.search(this.en, filter, 9, 3).items()).isEmpty();
		assertThat(this.directory.search(this.en, filter, 1, 100_000).size()).isEqualTo(ServiceDirectory.MAX_PAGE_SIZE);
	}

	@Test
	void unknownCategoriesAndMalformedFiltersAreBadRequests() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> search(this.en, filter(null, null, "astrology", false, false)));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> search(this.en, filter(null, "<script>", null, false, false)));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.directory.search(this.en, ServiceFilter.none(), 0, 10));
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> this.directory.search(this.en, ServiceFilter.none(), 1, -1));
	}

	@Test
	void namesAreInTheVisitorsLanguageWithFallbackMarked() {
		ServiceResults georgian = search(this.ka, filter(CountryScope.ARMENIA, null, null, false, false));
		assertThat(georgian.items()).extracting(ServiceSummary::name)
			.containsExactlyInAnyOrder("რეგიონული კონსულტაცია", "Shelter in Yerevan");
		ServiceSummary shelter = georgian.items()
			.stream()
			.filter((item) -> item.name().equals("Shelter in Yerevan"))
			.findFirst()
			.orElseThrow();
		assertThat(shelter.fallback()).isTrue();
		assertThat(shelter.shownLocale().tag()).isEqualTo("en");
		assertThat(shelter.path()).isEqualTo("/ka/services/shelter-" + this.fixtures.suffix);
		assertThat(shelter.cities()).containsExactly("Yerevan");
		assertThat(shelter.organizationPath()).isEqualTo("/ka/organizations/iom-armenia");
	}

	@Test
	void aSavedDraftChangesNothingTheVisitorSees() {
		ServiceListingDocument draft = DirectoryFixtures.withTexts(this.regional,
				Map.of("en", new ServiceListingDocument.Text("draft-changed-" + this.fixtures.suffix, "Changed name",
						"", "", "", false, null)));
		this.fixtures.saveDraft(this.regionalId, draft);
		assertThat(names(search(this.en, filter(CountryScope.BOTH, null, null, false, false))))
			.containsExactly("Regional counselling");
		assertThatExceptionOfType(ServiceNotFoundException.class)
			.isThrownBy(() -> this.directory.getService(this.en, "draft-changed-" + this.fixtures.suffix));
	}

	@Test
	void aServiceIsFoundByItsOldSlugAfterARename() {
		ServiceListingDocument original = this.fixtures.closedLegalAid();
		Long id = this.fixtures.publish(DirectoryFixtures.withTexts(original, Map.of("en",
				new ServiceListingDocument.Text("old-" + this.fixtures.suffix, "Old name", "", "", "", false, null))));
		this.fixtures.republish(id, DirectoryFixtures.withTexts(original, Map.of("en",
				new ServiceListingDocument.Text("new-" + this.fixtures.suffix, "New name", "", "", "", false, null))));
		ServiceView view = this.directory.getService(this.en, "old-" + this.fixtures.suffix);
		assertThat(view.name()).isEqualTo("New name");
		assertThat(view.paths().switchPaths().get(this.en)).isEqualTo("/en/services/new-" + this.fixtures.suffix);
		assertThatExceptionOfType(ServiceNotFoundException.class)
			.isThrownBy(() -> this.directory.getService(this.en, "inactive-" + this.fixtures.suffix));
	}

	private ServiceFilter filter(CountryScope country, String place, String category, boolean free, boolean open) {
		return new ServiceFilter(country, place, category, this.fixtures.marker, free, open);
	}

	private ServiceResults search(SiteLocale locale, ServiceFilter filter) {
		return this.directory.search(locale, filter, 1, 50);
	}

	private static List<String> names(ServiceResults results) {
		return results.items().stream().map(ServiceSummary::name).toList();
	}

	private void setClock(Instant instant) {
		this.clock.advance(Duration.between(this.clock.instant(), instant));
	}

}
