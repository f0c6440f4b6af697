package com.salesflow.calendar;

import java.time.Instant;
import java.util.List;

/** A known year with all its exceptional days, as the API shows it. */
record YearArrangement(int year, int version, String source, Instant updatedAt, String updatedBy,
    List<CalendarDay> days) {

  static YearArrangement of(CalendarYear year, List<CalendarDay> days) {
    return new YearArrangement(year.year(), year.version(), year.source(), year.updatedAt(),
        year.updatedBy(), days);
  }
}
