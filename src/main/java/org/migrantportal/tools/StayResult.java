package org.migrantportal.tools;

import java.time.LocalDate;

/**
 * The answer of the stay calculator for one check date.
 *
 * @param checkDate the day the window ends on
 * @param windowStart the first day of the window
 * @param daysUsed days of stay in the window
 * @param daysLeft days still allowed in that window (never negative)
 * @param latestDay the last day a visitor present from the check date on may stay, or
 * {@code null} when even the check date itself would break the rule
 */
public record StayResult(LocalDate checkDate, LocalDate windowStart, int daysUsed, int daysLeft, LocalDate latestDay) {

	/** Whether the visitor may be in the area on the check date at all. */
	public boolean mayStayOnCheckDate() {
		return this.latestDay != null;
	}

}
