package com.salesflow.insight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * Which days from {@code first} to {@code last} are working days, with running counts, so that the
 * working time of any stay in that span is arithmetic instead of a walk through the calendar. A
 * working day counts 24 hours, as in the working-day calendar (China has no daylight saving).
 */
final class WorkingDayIndex {

  static final double SECONDS_PER_DAY = 86_400;

  private final LocalDate first;
  private final boolean[] working;
  private final int[] workingBefore;

  WorkingDayIndex(LocalDate first, LocalDate last, Predicate<LocalDate> isWorkingDay) {
    this.first = first;
    int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
    working = new boolean[days];
    workingBefore = new int[days + 1];
    for (int i = 0; i < days; i++) {
      working[i] = isWorkingDay.test(first.plusDays(i));
      workingBefore[i + 1] = workingBefore[i] + (working[i] ? 1 : 0);
    }
  }

  /**
   * The working time in days of a stay from {@code enteredSecond} after the start of
   * {@code entered} to {@code leftSecond} after the start of {@code left}.
   */
  double workingDays(LocalDate entered, double enteredSecond, LocalDate left, double leftSecond) {
    int from = index(entered);
    int to = index(left);
    if (from == to) {
      return working[from] ? Math.max(0, leftSecond - enteredSecond) / SECONDS_PER_DAY : 0;
    }
    double seconds = (working[from] ? SECONDS_PER_DAY - enteredSecond : 0)
        + (workingBefore[to] - workingBefore[from + 1]) * SECONDS_PER_DAY
        + (working[to] ? leftSecond : 0);
    return seconds / SECONDS_PER_DAY;
  }

  private int index(LocalDate day) {
    return (int) ChronoUnit.DAYS.between(first, day);
  }
}
