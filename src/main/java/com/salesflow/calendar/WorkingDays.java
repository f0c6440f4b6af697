package com.salesflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * Working-time arithmetic over known years. Working time accrues only during working days, a whole
 * working day being the full calendar day in the zone (24 hours in China); weekends and holidays
 * accrue nothing. Any day in a year the lookup does not know raises
 * {@link CalendarUnknownException}.
 */
final class WorkingDays {

  private final ZoneId zone;
  private final Function<Integer, Optional<CalendarYearDays>> years;

  WorkingDays(ZoneId zone, Function<Integer, Optional<CalendarYearDays>> years) {
    this.zone = zone;
    this.years = years;
  }

  boolean isWorkingDay(LocalDate day) {
    return years.apply(day.getYear())
        .orElseThrow(() -> new CalendarUnknownException(day))
        .isWorkingDay(day);
  }

  /** The earliest instant at which {@code days} × 24 hours of working time have passed. */
  Instant plus(Instant from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative, was " + days);
    }
    Duration remaining = Duration.ofDays(days);
    Instant at = from;
    while (!remaining.isZero()) {
      LocalDate day = LocalDate.ofInstant(at, zone);
      Instant dayEnd = startOf(day.plusDays(1));
      if (isWorkingDay(day)) {
        Duration available = Duration.between(at, dayEnd);
        if (remaining.compareTo(available) <= 0) {
          return at.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
      at = dayEnd;
    }
    return at;
  }

  /** The working time in [{@code from}, {@code to}); {@code to} must not be before {@code from}. */
  Duration between(Instant from, Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    Duration total = Duration.ZERO;
    if (to.equals(from)) {
      return total;
    }
    LocalDate day = LocalDate.ofInstant(from, zone);
    Instant dayStart = startOf(day);
    while (dayStart.isBefore(to)) {
      Instant dayEnd = startOf(day.plusDays(1));
      if (isWorkingDay(day)) {
        total = total.plus(Duration.between(latest(dayStart, from), earliest(dayEnd, to)));
      }
      day = day.plusDays(1);
      dayStart = dayEnd;
    }
    return total;
  }

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
