package org.migrantportal.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;

/**
 * Whether a service is open at a moment, from its weekly opening hours in its own time
 * zone: periods that run past midnight count on the next day too, and 00:00 to 00:00 is
 * the whole day.
 */
public final class OpeningTimes {

	private OpeningTimes() {
	}

	public static boolean isOpen(Collection<ServiceListingDocument.Hours> hours, ZoneId zone, Instant at) {
		ZonedDateTime local = at.atZone(zone);
		DayOfWeek today = local.getDayOfWeek();
		LocalTime time = local.toLocalTime();
		for (ServiceListingDocument.Hours period : hours) {
			if (period.day() == today && opensBy(period, time)) {
				return true;
			}
			if (period.day() == today.minus(1) && runsPastMidnight(period) && time.isBefore(period.closesAt())) {
				return true;
			}
		}
		return false;
	}

	/** Whether a period runs into the next day (or all day, for 00:00 to 00:00). */
	public static boolean runsPastMidnight(ServiceListingDocument.Hours period) {
		return !period.closesAt().isAfter(period.opensAt());
	}

	private static boolean opensBy(ServiceListingDocument.Hours period, LocalTime time) {
		if (time.isBefore(period.opensAt())) {
			return false;
		}
		return runsPastMidnight(period) || time.isBefore(period.closesAt());
	}

}
