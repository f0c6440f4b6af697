package com.salesflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** One known year's arrangement: Monday to Friday work unless an exceptional day says otherwise. */
final class CalendarYearDays {

  private final int year;
  private final Map<LocalDate, DayKind> exceptions;

  CalendarYearDays(int year, Collection<CalendarDay> days) {
    this.year = year;
    this.exceptions = days.stream()
        .collect(Collectors.toUnmodifiableMap(CalendarDay::date, CalendarDay::kind));
  }

  int year() {
    return year;
  }

  boolean isWorkingDay(LocalDate day) {
    if (day.getYear() != year) {
      throw new IllegalArgumentException(day + " is not in " + year);
    }
    DayKind kind = exceptions.get(day);
    if (kind != null) {
      return kind == DayKind.WORKDAY;
    }
    return !isWeekend(day);
  }

  static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }
}
