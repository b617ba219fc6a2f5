package org.migrantportal.tools;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StayCalculatorTests {

	private static final LocalDate CHECK = LocalDate.of(2027, 6, 30);

	private final StayCalculator calculator = new StayCalculator(90, 180);

	@Test
	void anEmptyListLeavesEveryDayAndEightyNineMoreAfterTheCheckDate() {
		StayResult result = this.calculator.calculate(List.of(), CHECK);
		assertThat(result.daysUsed()).isZero();
		assertThat(result.daysLeft()).isEqualTo(90);
		assertThat(result.latestDay()).isEqualTo(CHECK.plusDays(89));
		assertThat(result.windowStart()).isEqualTo(CHECK.minusDays(179));
	}

	@Test
	void aDayExactlyOneHundredAndEightyDaysBeforeTheCheckDateIsOutsideTheWindow() {
		LocalDate outside = CHECK.minusDays(180);
		assertThat(this.calculator.calculate(List.of(day(outside)), CHECK).daysUsed()).isZero();
	}

	@Test
	void aDayOneHundredAndSeventyNineDaysBeforeTheCheckDateIsInsideTheWindow() {
		LocalDate inside = CHECK.minusDays(179);
		assertThat(this.calculator.calculate(List.of(day(inside)), CHECK).daysUsed()).isEqualTo(1);
	}

	@Test
	void theCheckDateItselfIsInsideTheWindow() {
		assertThat(this.calculator.calculate(List.of(day(CHECK)), CHECK).daysUsed()).isEqualTo(1);
	}

	@Test
	void aOneDayStayCountsOneDay() {
		StayResult result = this.calculator.calculate(List.of(day(LocalDate.of(2027, 5, 1))), CHECK);
		assertThat(result.daysUsed()).isEqualTo(1);
		assertThat(result.daysLeft()).isEqualTo(89);
	}

	@Test
	void theDaysOfEntryAndExitBothCount() {
		Stay stay = new Stay(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10));
		assertThat(this.calculator.calculate(List.of(stay), CHECK).daysUsed()).isEqualTo(10);
	}

	@Test
	void aStayAcrossTheWindowStartCountsOnlyItsDaysInside() {
		Stay stay = new Stay(CHECK.minusDays(185), CHECK.minusDays(175));
		assertThat(this.calculator.calculate(List.of(stay), CHECK).daysUsed()).isEqualTo(5);
	}

	@Test
	void overlappingStaysCountEachDayOnce() {
		Stay first = new Stay(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10));
		Stay second = new Stay(LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 15));
		Stay same = new Stay(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10));
		assertThat(this.calculator.calculate(List.of(first, second, same), CHECK).daysUsed()).isEqualTo(15);
	}

	@Test
	void theTwentyNinthOfFebruaryInALeapYearIsADayOfStay() {
		Stay stay = new Stay(LocalDate.of(2028, 2, 27), LocalDate.of(2028, 3, 2));
		StayResult result = this.calculator.calculate(List.of(stay), LocalDate.of(2028, 3, 31));
		assertThat(result.daysUsed()).isEqualTo(5);
		assertThat(result.daysLeft()).isEqualTo(85);
	}

	@Test
	void theWindowCountsCalendarDaysAcrossALeapDay() {
		LocalDate check = LocalDate.of(2028, 8, 1);
		assertThat(this.calculator.calculate(List.of(), check).windowStart()).isEqualTo(LocalDate.of(2028, 2, 4));
		Stay acrossLeapDay = new Stay(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 3, 1));
		// 4 February to 1 March 2028: 26 days of February (29 days long) and 1 March
		assertThat(this.calculator.calculate(List.of(acrossLeapDay), check).daysUsed()).isEqualTo(27);
	}

	@Test
	void ninetyDaysUsedBeforeTheCheckDateLeaveNoneAndNoDayToStay() {
		Stay stay = new Stay(CHECK.minusDays(90), CHECK.minusDays(1));
		StayResult result = this.calculator.calculate(List.of(stay), CHECK);
		assertThat(result.daysUsed()).isEqualTo(90);
		assertThat(result.daysLeft()).isZero();
		assertThat(result.latestDay()).isNull();
		assertThat(result.mayStayOnCheckDate()).isFalse();
	}

	@Test
	void ninetyDaysUsedEndingOnTheCheckDateMakeItTheLatestDay() {
		Stay stay = new Stay(CHECK.minusDays(89), CHECK);
		StayResult result = this.calculator.calculate(List.of(stay), CHECK);
		assertThat(result.daysUsed()).isEqualTo(90);
		assertThat(result.daysLeft()).isZero();
		assertThat(result.latestDay()).isEqualTo(CHECK);
	}

	@Test
	void moreThanNinetyDaysUsedLeaveZeroNotANegativeNumber() {
		Stay stay = new Stay(CHECK.minusDays(120), CHECK.minusDays(1));
		StayResult result = this.calculator.calculate(List.of(stay), CHECK);
		assertThat(result.daysUsed()).isEqualTo(120);
		assertThat(result.daysLeft()).isZero();
		assertThat(result.latestDay()).isNull();
	}

	@Test
	void aPlannedStayAfterTheCheckDateShortensTheLatestDay() {
		Stay planned = new Stay(CHECK.plusDays(100), CHECK.plusDays(129));
		StayResult result = this.calculator.calculate(List.of(planned), CHECK);
		assertThat(result.daysUsed()).isZero();
		assertThat(result.daysLeft()).isEqualTo(90);
		// the planned 30 days share a window with the stay from the check date on
		assertThat(result.latestDay()).isEqualTo(CHECK.plusDays(59));
	}

	@Test
	void aPlannedStayLongAfterTheWindowDoesNotShortenTheLatestDay() {
		Stay planned = new Stay(CHECK.plusDays(400), CHECK.plusDays(429));
		assertThat(this.calculator.calculate(List.of(planned), CHECK).latestDay()).isEqualTo(CHECK.plusDays(89));
	}

	@Test
	void oldDaysLeavingTheWindowLetTheStayGoOn() {
		// 60 days at the very start of the window: they drop out one by one while the
		// visitor stays, so the limit is reached only with 90 days after the check date
		Stay early = new Stay(CHECK.minusDays(179), CHECK.minusDays(120));
		StayResult result = this.calculator.calculate(List.of(early), CHECK);
		assertThat(result.daysUsed()).isEqualTo(60);
		assertThat(result.daysLeft()).isEqualTo(30);
		assertThat(result.latestDay()).isEqualTo(CHECK.plusDays(89));
	}

	@Test
	void theWorkedExampleOnThePageIsRight() {
		Stay stay = new Stay(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 29));
		StayResult result = this.calculator.calculate(List.of(stay), LocalDate.of(2027, 5, 15));
		assertThat(result.windowStart()).isEqualTo(LocalDate.of(2026, 11, 17));
		assertThat(result.daysUsed()).isEqualTo(60);
		assertThat(result.daysLeft()).isEqualTo(30);
		assertThat(result.latestDay()).isEqualTo(LocalDate.of(2027, 6, 13));
	}

	@Test
	void anotherRegimeAppliesItsOwnNumbers() {
		StayResult result = new StayCalculator(30, 60).calculate(List.of(day(CHECK.minusDays(59))), CHECK);
		assertThat(result.daysUsed()).isEqualTo(1);
		assertThat(result.daysLeft()).isEqualTo(29);
	}

	private static Stay day(LocalDate day) {
		return new Stay(day, day);
	}

}
