package com.salesflow.calendar;

import com.tyme.holiday.LegalHoliday;
import com.tyme.solar.SolarDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The State Council's holiday arrangements as the tyme4j library carries them. A year counts as
 * carried when tyme4j lists its 1 January, which is a statutory holiday every year; the year's
 * days are then tyme4j's entries dated in it.
 */
final class StatutoryHolidays {

  // The present arrangement with make-up working days began in 1999; nothing earlier is carried.
  private static final int FIRST_PROBED_YEAR = 1999;
  private static final int LAST_PROBED_YEAR = 2199;

  private StatutoryHolidays() {}

  /** Every carried year with its exceptional days, in ascending order of year. */
  static Map<Integer, List<CalendarDay>> years() {
    Map<Integer, List<CalendarDay>> years = new TreeMap<>();
    for (int year = FIRST_PROBED_YEAR; year <= LAST_PROBED_YEAR; year++) {
      LegalHoliday newYear = LegalHoliday.fromYmd(year, 1, 1);
      if (newYear != null) {
        years.put(year, daysFrom(newYear, year));
      }
    }
    return years;
  }

  private static List<CalendarDay> daysFrom(LegalHoliday first, int year) {
    List<CalendarDay> days = new ArrayList<>();
    for (LegalHoliday entry = first; entry != null && yearOf(entry) == year;
        entry = entry.next(1)) {
      dayOf(entry, toDate(entry)).ifPresent(days::add);
    }
    return days;
  }

  // tyme4j marks a few ordinary weekdays as working days (2012-05-02, 2012-10-08); they change
  // nothing, and a WORKDAY on a weekday is not a valid entry, so they are left out.
  private static Optional<CalendarDay> dayOf(LegalHoliday entry, LocalDate date) {
    if (!entry.isWork()) {
      return Optional.of(new CalendarDay(date, DayKind.HOLIDAY, entry.getName()));
    }
    if (CalendarYearDays.isWeekend(date)) {
      return Optional.of(new CalendarDay(date, DayKind.WORKDAY, entry.getName() + "补班"));
    }
    return Optional.empty();
  }

  private static int yearOf(LegalHoliday entry) {
    return entry.getDay().getYear();
  }

  private static LocalDate toDate(LegalHoliday entry) {
    SolarDay day = entry.getDay();
    return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
  }
}
