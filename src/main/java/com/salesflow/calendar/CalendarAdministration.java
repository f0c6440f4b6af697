package com.salesflow.calendar;

import com.salesflow.shared.ConflictException;
import com.salesflow.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading and replacing a year's arrangement. A replacement is one transaction guarded by the
 * year's version, so two administrators never overwrite each other; the cached year is dropped
 * only once the change is committed.
 */
@Service
class CalendarAdministration {

  private static final Logger log = LoggerFactory.getLogger(CalendarAdministration.class);

  private final CalendarMapper mapper;
  private final WorkingCalendar calendar;
  private final TransactionTemplate transactions;

  CalendarAdministration(CalendarMapper mapper, WorkingCalendar calendar,
      TransactionTemplate transactions) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.transactions = transactions;
  }

  List<CalendarYear> years() {
    return mapper.findYears();
  }

  YearArrangement arrangement(int year) {
    CalendarYear known = mapper.findYear(year)
        .orElseThrow(() -> new NotFoundException("Calendar year", String.valueOf(year)));
    return YearArrangement.of(known, daysOf(year));
  }

  /**
   * Replaces the exceptional days of {@code year}, creating the year if it is unknown.
   *
   * @param expectedVersion the version the administrator edited, or null to take the current one
   */
  YearArrangement replace(int year, List<CalendarDay> days, Integer expectedVersion, String by) {
    transactions.executeWithoutResult(status -> write(year, days, expectedVersion, by));
    calendar.forget(year);
    log.info("Calendar year {} replaced by {} with {} exceptional days", year, by, days.size());
    return arrangement(year);
  }

  private void write(int year, List<CalendarDay> days, Integer expectedVersion, String by) {
    Optional<CalendarYear> current = mapper.findYear(year);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    if (current.isEmpty()) {
      create(year, expectedVersion, now, by);
    } else {
      int version = expectedVersion == null ? current.get().version() : expectedVersion;
      if (mapper.updateYear(year, version, CalendarYear.SOURCE_ADMIN, now, by) == 0) {
        throw stale(year);
      }
    }
    mapper.deleteDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    if (!days.isEmpty()) {
      mapper.insertDays(days);
    }
  }

  private void create(int year, Integer expectedVersion, Instant now, String by) {
    if (expectedVersion != null) {
      throw stale(year);
    }
    try {
      mapper.insertYear(new CalendarYear(year, CalendarYear.SOURCE_ADMIN, 1, now, by));
    } catch (DuplicateKeyException e) {
      throw stale(year);
    }
  }

  private List<CalendarDay> daysOf(int year) {
    return mapper.findDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  private static ConflictException stale(int year) {
    return new ConflictException("Calendar year " + year
        + " was changed by someone else in the meantime; reload it and enter the change again");
  }
}
