package org.migrantportal.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningTimesTests {

	private static final ZoneId TBILISI = ZoneId.of("Asia/Tbilisi");

	private static final ZoneId YEREVAN = ZoneId.of("Asia/Yerevan");

	@Test
	void weekdayHoursAreOpenInsideAndClosedOutside() {
		List<ServiceListingDocument.Hours> hours = List.of(hours(DayOfWeek.MONDAY, "10:00", "18:00"));
		// Monday 2026-11-30, Tbilisi is UTC+4
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-11-30T06:00:00Z"))).isTrue();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-11-30T05:59:00Z"))).isFalse();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-11-30T14:00:00Z")))
			.as("closing time itself is closed")
			.isFalse();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-01T07:00:00Z"))).as("Tuesday").isFalse();
	}

	@Test
	void aPeriodThatClosesBeforeItOpensRunsIntoTheNextDay() {
		List<ServiceListingDocument.Hours> hours = List.of(hours(DayOfWeek.FRIDAY, "20:00", "02:00"));
		// Friday 2026-12-04 23:30 and Saturday 01:30 in Tbilisi
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-04T19:30:00Z"))).isTrue();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-04T21:30:00Z"))).isTrue();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-04T22:00:00Z"))).as("Saturday 02:00")
			.isFalse();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-03T21:30:00Z")))
			.as("Friday 01:30 belongs to Thursday's night, which has no hours")
			.isFalse();
	}

	@Test
	void midnightToMidnightIsTheWholeDay() {
		List<ServiceListingDocument.Hours> hours = List.of(hours(DayOfWeek.SUNDAY, "00:00", "00:00"));
		// Sunday 2026-12-06 00:00 and 23:59 in Tbilisi
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-05T20:00:00Z"))).isTrue();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-06T19:59:00Z"))).isTrue();
		assertThat(OpeningTimes.isOpen(hours, TBILISI, Instant.parse("2026-12-06T20:00:00Z"))).as("Monday 00:00")
			.isFalse();
	}

	@Test
	void theSameInstantIsReadInEachServicesOwnTimeZone() {
		List<ServiceListingDocument.Hours> hours = List.of(hours(DayOfWeek.MONDAY, "09:00", "10:00"));
		// both capitals are UTC+4 today: the same hours open at the same instant
		Instant nineThirty = Instant.parse("2026-11-30T05:30:00Z");
		assertThat(OpeningTimes.isOpen(hours, TBILISI, nineThirty)).isTrue();
		assertThat(OpeningTimes.isOpen(hours, YEREVAN, nineThirty)).isTrue();
		// while in UTC (or Berlin) that instant is still before nine
		assertThat(OpeningTimes.isOpen(hours, ZoneId.of("UTC"), nineThirty)).isFalse();
		assertThat(OpeningTimes.isOpen(hours, ZoneId.of("Europe/Berlin"), nineThirty)).isFalse();
		// in the summer of 2011 Armenia kept summer time (UTC+5) and Georgia did not
		// (UTC+4)
		Instant summer2011 = Instant.parse("2011-07-04T05:30:00Z");
		assertThat(OpeningTimes.isOpen(hours, TBILISI, summer2011)).as("09:30 in Tbilisi").isTrue();
		assertThat(OpeningTimes.isOpen(hours, YEREVAN, summer2011)).as("10:30 in Yerevan").isFalse();
	}

	@Test
	void theWeekdayChangesAtLocalMidnightNotAtUtcMidnight() {
		List<ServiceListingDocument.Hours> hours = List.of(hours(DayOfWeek.TUESDAY, "00:00", "01:00"));
		// 2026-11-30T20:30Z is Monday in UTC but already Tuesday 00:30 in Tbilisi and
		// Yerevan
		Instant instant = Instant.parse("2026-11-30T20:30:00Z");
		assertThat(OpeningTimes.isOpen(hours, TBILISI, instant)).isTrue();
		assertThat(OpeningTimes.isOpen(hours, YEREVAN, instant)).isTrue();
		assertThat(OpeningTimes.isOpen(hours, ZoneId.of("UTC"), instant)).isFalse();
	}

	@Test
	void aTemporarilyClosedServiceIsClosedWhateverItsHoursAndUnknownHoursAreNotClosed() {
		List<ServiceListingDocument.Hours> always = List.of(hours(DayOfWeek.MONDAY, "00:00", "00:00"));
		Instant monday = Instant.parse("2026-11-30T08:00:00Z");
		assertThat(ServiceDirectory.openNow(ServiceStatus.ACTIVE, always, TBILISI, monday)).isTrue();
		assertThat(ServiceDirectory.openNow(ServiceStatus.TEMPORARILY_CLOSED, always, TBILISI, monday)).isFalse();
		assertThat(ServiceDirectory.openNow(ServiceStatus.ACTIVE, List.of(), TBILISI, monday)).isNull();
	}

	private static ServiceListingDocument.Hours hours(DayOfWeek day, String opens, String closes) {
		return new ServiceListingDocument.Hours(UUID.randomUUID(), day, LocalTime.parse(opens), LocalTime.parse(closes),
				false);
	}

}
