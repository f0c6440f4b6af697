package com.salesflow.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * How far ahead the calendar reaches from today: the last day of the unbroken run of known years
 * that starts with this year, or none when this year itself is unknown.
 *
 * @param lastKnownDay null when today lies beyond the calendar
 */
record CalendarHorizon(LocalDate today, LocalDate lastKnownDay) {

  static CalendarHorizon of(Set<Integer> knownYears, LocalDate today) {
    int year = today.getYear();
    if (!knownYears.contains(year)) {
      return new CalendarHorizon(today, null);
    }
    while (knownYears.contains(year + 1)) {
      year++;
    }
    return new CalendarHorizon(today, LocalDate.of(year, 12, 31));
  }

  boolean coversToday() {
    return lastKnownDay != null;
  }

  /** Days from today to the last known day; only meaningful when the calendar covers today. */
  long daysRemaining() {
    return ChronoUnit.DAYS.between(today, lastKnownDay);
  }

  boolean endsWithin(int days) {
    return !coversToday() || daysRemaining() < days;
  }

  /** The sentence an operator reads in the log and in the health details. */
  String warning() {
    if (!coversToday()) {
      return "The working calendar does not know today (" + today + "): an administrator must "
          + "enter the " + today.getYear() + " holiday arrangement";
    }
    return "The working calendar ends on " + lastKnownDay + ", in " + daysRemaining()
        + " days: an administrator must enter the " + (lastKnownDay.getYear() + 1)
        + " holiday arrangement";
  }
}
