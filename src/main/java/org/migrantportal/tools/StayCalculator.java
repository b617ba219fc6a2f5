package org.migrantportal.tools;

import java.time.LocalDate;
import java.util.List;

/**
 * Applies a short-stay rule such as 90/180 to a list of stays: the days used in the
 * window ending on a check date (that day and the {@code windowDays - 1} days before it),
 * the days left, and the last day a visitor present from the check date on may stay
 * without exceeding the limit in any window, planned later stays included. Days are
 * counted once however many stays cover them.
 */
public class StayCalculator {

	private final int maxDays;

	private final int windowDays;

	public StayCalculator(int maxDays, int windowDays) {
		this.maxDays = maxDays;
		this.windowDays = windowDays;
	}

	public StayResult calculate(List<Stay> stays, LocalDate checkDate) {
		LocalDate windowStart = checkDate.minusDays(this.windowDays - 1);
		LocalDate last = checkDate.plusDays(this.maxDays);
		for (Stay stay : stays) {
			if (stay.exit().isAfter(last)) {
				last = stay.exit();
			}
		}
		Days days = new Days(windowStart.minusDays(this.windowDays), last);
		stays.forEach(days::mark);
		int used = days.countWindowEndingOn(checkDate, this.windowDays);
		return new StayResult(checkDate, windowStart, used, Math.max(0, this.maxDays - used),
				latestDay(days, checkDate));
	}

	/**
	 * Stays on from the check date one day at a time while every day of presence from the
	 * check date on (later planned stays included) keeps its window within the limit.
	 */
	private LocalDate latestDay(Days days, LocalDate checkDate) {
		LocalDate latest = null;
		for (LocalDate day = checkDate; day.isBefore(checkDate.plusDays(this.maxDays)); day = day.plusDays(1)) {
			days.mark(day);
			if (!days.withinLimitFrom(checkDate, this.maxDays, this.windowDays)) {
				break;
			}
			latest = day;
		}
		return latest;
	}

	/** The days of presence between two dates, one flag a day. */
	private static final class Days {

		private final LocalDate first;

		private final boolean[] present;

		Days(LocalDate first, LocalDate last) {
			this.first = first;
			this.present = new boolean[(int) (last.toEpochDay() - first.toEpochDay() + 1)];
		}

		void mark(Stay stay) {
			for (long day = index(stay.entry()); day <= index(stay.exit()); day++) {
				if (day >= 0 && day < this.present.length) {
					this.present[(int) day] = true;
				}
			}
		}

		void mark(LocalDate day) {
			this.present[(int) index(day)] = true;
		}

		int countWindowEndingOn(LocalDate end, int windowDays) {
			int count = 0;
			long to = index(end);
			for (long day = Math.max(0, to - windowDays + 1); day <= to; day++) {
				count += this.present[(int) day] ? 1 : 0;
			}
			return count;
		}

		boolean withinLimitFrom(LocalDate from, int maxDays, int windowDays) {
			int[] before = new int[this.present.length + 1];
			for (int day = 0; day < this.present.length; day++) {
				before[day + 1] = before[day] + (this.present[day] ? 1 : 0);
			}
			for (int day = (int) index(from); day < this.present.length; day++) {
				if (this.present[day] && before[day + 1] - before[Math.max(0, day + 1 - windowDays)] > maxDays) {
					return false;
				}
			}
			return true;
		}

		private long index(LocalDate day) {
			return day.toEpochDay() - this.first.toEpochDay();
		}

	}

}
