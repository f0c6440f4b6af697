package com.salesflow.insight;

import com.salesflow.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both ends included, and the instants that bound them in the calendar
 * zone: stays are counted from the start of {@code from} to the start of the day after {@code to}.
 */
record ReportPeriod(LocalDate from, LocalDate to, Instant start, Instant end) {

  static final int DEFAULT_WEEKS = 12;
  static final int MAX_DAYS = 732;

  /** Checks the requested days; a missing end is today, a missing start twelve weeks before it. */
  static ReportPeriod of(LocalDate from, LocalDate to, LocalDate today, ZoneId zone) {
    LocalDate last = to == null ? today : to;
    LocalDate first = from == null ? last.minusWeeks(DEFAULT_WEEKS).plusDays(1) : from;
    if (first.isAfter(last)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
      throw new InvalidInputException("from", "the period may span at most " + MAX_DAYS + " days");
    }
    return new ReportPeriod(first, last, first.atStartOfDay(zone).toInstant(),
        last.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
