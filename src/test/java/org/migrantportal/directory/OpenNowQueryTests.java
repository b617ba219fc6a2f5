package org.migrantportal.directory;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Open now" as the database computes it from the spans of the week of each period:
 * across midnight, across the end of the week, and in each service's own time zone,
 * always agreeing with {@link OpeningTimes}.
 */
@PortalWebTest
class OpenNowQueryTests {

	/** Monday 2026-11-30, 00:00 in Tbilisi and Yerevan (UTC+4). */
	private static final Instant MONDAY_MIDNIGHT = Instant.parse("2026-11-29T20:00:00Z");

	private static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");

	private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

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

	private SiteLocale en;

	@BeforeEach
	void setUp() {
		this.realNow = this.clock.instant();
		this.en = this.siteLocales.get("en");
		this.fixtures = new DirectoryFixtures(this.context);
	}

	@AfterEach
	void removeListings() {
		this.fixtures.removeAll();
		setClock(this.realNow);
	}

	@Test
	void sundayNightRunsIntoMondayAcrossTheEndOfTheWeek() {
		ServiceListingDocument sundayNight = listing("Sunday night", "Asia/Tbilisi",
				hours(DayOfWeek.SUNDAY, "22:00", "02:00"));
		this.fixtures.publish(sundayNight);
		setClock(MONDAY_MIDNIGHT.plus(Duration.ofMinutes(90)));
		assertThat(openNames()).as("Monday 01:30: Sunday's night runs on").containsExactly("Sunday night");
		setClock(MONDAY_MIDNIGHT.plus(Duration.ofHours(2)));
		assertThat(openNames()).as("Monday 02:00: closing time is closed").isEmpty();
		setClock(MONDAY_MIDNIGHT.minus(Duration.ofMinutes(1)));
		assertThat(openNames()).as("Sunday 23:59").containsExactly("Sunday night");
		setClock(MONDAY_MIDNIGHT.minus(Duration.ofHours(2)));
		assertThat(openNames()).as("Sunday 22:00: opening time is open").containsExactly("Sunday night");
		setClock(MONDAY_MIDNIGHT.minus(Duration.ofHours(2)).minusSeconds(1));
		assertThat(openNames()).as("Sunday 21:59:59").isEmpty();
	}

	@Test
	void eachServiceIsOpenByTheClockOfItsOwnTimeZone() {
		this.fixtures.publish(listing("Tbilisi morning", "Asia/Tbilisi", hours(DayOfWeek.MONDAY, "09:00", "10:00")));
		this.fixtures.publish(listing("Yerevan morning", "Asia/Yerevan", hours(DayOfWeek.MONDAY, "09:00", "10:00")));
		this.fixtures.publish(listing("Berlin morning", "Europe/Berlin", hours(DayOfWeek.MONDAY, "09:00", "10:00")));
		setClock(Instant.parse("2026-11-30T05:30:00Z"));
		assertThat(openNames()).as("09:30 in Tbilisi and Yerevan, 06:30 in Berlin")
			.containsExactly("Tbilisi morning", "Yerevan morning");
		setClock(Instant.parse("2026-11-30T08:30:00Z"));
		assertThat(openNames()).as("09:30 in Berlin").containsExactly("Berlin morning");
		// in the summer of 2011 Armenia kept summer time (UTC+5) and Georgia did not
		setClock(Instant.parse("2011-07-04T05:30:00Z"));
		assertThat(openNames()).as("09:30 in Tbilisi, 10:30 in Yerevan").containsExactly("Tbilisi morning");
	}

	@Test
	void theDatabaseAgreesWithTheOpeningTimesRulesAroundTheWeekInTwoZones() {
		List<ServiceListingDocument.Hours> nights = List.of(hours(DayOfWeek.SUNDAY, "23:00", "23:00"),
				hours(DayOfWeek.TUESDAY, "00:00", "00:00"), hours(DayOfWeek.THURSDAY, "18:30", "01:15"));
		ServiceListingDocument tbilisi = listing("Nights in Tbilisi", "Asia/Tbilisi", copies(nights));
		ServiceListingDocument berlin = listing("Nights in Berlin", "Europe/Berlin", copies(nights));
		this.fixtures.publish(tbilisi);
		this.fixtures.publish(berlin);
		List<String> disagreements = new ArrayList<>();
		// every 35 minutes of a week (the minutes fall on and beside the hours)
		for (Instant at = MONDAY_MIDNIGHT; at
			.isBefore(MONDAY_MIDNIGHT.plus(Duration.ofDays(7))); at = at.plus(Duration.ofMinutes(35))) {
			setClock(at);
			List<String> open = openNames();
			if (open.contains("Nights in Tbilisi") != OpeningTimes.isOpen(nights, TBILISI, at)) {
				disagreements.add("Tbilisi " + at.atZone(TBILISI));
			}
			if (open.contains("Nights in Berlin") != OpeningTimes.isOpen(nights, ZoneId.of("Europe/Berlin"), at)) {
				disagreements.add("Berlin " + at.atZone(ZoneId.of("Europe/Berlin")));
			}
		}
		assertThat(disagreements).isEmpty();
	}

	private ServiceListingDocument listing(String name, String zone, ServiceListingDocument.Hours... hours) {
		ServiceListingDocument hotline = this.fixtures.regionalHotline();
		String slug = name.toLowerCase().replace(' ', '-') + "-" + this.fixtures.suffix;
		return new ServiceListingDocument(UUID.randomUUID(), hotline.organizationId(), hotline.country(),
				hotline.status(), hotline.freeOfCharge(), null, null, zone, "en", hotline.categories(),
				hotline.languages(), Map.of("en", new ServiceListingDocument.Text(slug, name, "", "", "", false, null)),
				List.of(), List.of(), List.of(hours));
	}

	private List<String> openNames() {
		return this.directory
			.search(this.en, new ServiceFilter(null, null, null, this.fixtures.marker, false, true), 1, 50)
			.items()
			.stream()
			.map(ServiceSummary::name)
			.toList();
	}

	/** The same hours for another listing (each period has an identity of its own). */
	private static ServiceListingDocument.Hours[] copies(List<ServiceListingDocument.Hours> hours) {
		return hours.stream()
			.map((period) -> new ServiceListingDocument.Hours(UUID.randomUUID(), period.day(), period.opensAt(),
					period.closesAt(), period.sample()))
			.toArray(ServiceListingDocument.Hours[]::new);
	}

	private static ServiceListingDocument.Hours hours(DayOfWeek day, String opens, String closes) {
		return new ServiceListingDocument.Hours(UUID.randomUUID(), day, LocalTime.parse(opens), LocalTime.parse(closes),
				false);
	}

	private void setClock(Instant instant) {
		this.clock.advance(Duration.between(this.clock.instant(), instant));
	}

}
