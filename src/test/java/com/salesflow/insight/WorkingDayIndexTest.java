package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayIndexTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
  static final double HOUR = 3_600;

  final WorkingDayIndex index = new WorkingDayIndex(MONDAY, MONDAY.plusDays(20),
      day -> day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()
          && !day.equals(MONDAY.plusDays(9)));

  @Test
  void countsAWholeWorkingDayAs24HoursFromOneMorningToTheNext() {
    assertThat(index.workingDays(MONDAY, 9 * HOUR, MONDAY.plusDays(1), 9 * HOUR)).isEqualTo(1.0);
  }

  @Test
  void countsNothingForWeekendsAndHolidaysBetween() {
    double fridayToMonday = index.workingDays(MONDAY.plusDays(4), 12 * HOUR, MONDAY.plusDays(7),
        12 * HOUR);
    double aroundTheHolidayWednesday = index.workingDays(MONDAY.plusDays(8), 0,
        MONDAY.plusDays(10), 0);

    assertThat(fridayToMonday).isEqualTo(1.0);
    assertThat(aroundTheHolidayWednesday).isEqualTo(1.0);
  }

  @Test
  void countsTheHoursWithinOneDayAndNoneOnADayOff() {
    assertThat(index.workingDays(MONDAY, 9 * HOUR, MONDAY, 15 * HOUR)).isEqualTo(0.25);
    assertThat(index.workingDays(MONDAY.plusDays(5), 9 * HOUR, MONDAY.plusDays(5), 15 * HOUR))
        .isZero();
  }
}
