package com.salesflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills in, at start-up, every year tyme4j carries that the database does not know yet, then says
 * how far the calendar reaches. A known year is never touched again, so an administrator's edits
 * survive every restart. When two nodes start together one of them wins each year; the other's
 * insert fails on the year's key and it moves on.
 */
@Component
class StatutoryHolidaySeeder implements ApplicationRunner {

  static final String SEEDED_BY = "system";
  private static final Logger log = LoggerFactory.getLogger(StatutoryHolidaySeeder.class);

  private final CalendarMapper mapper;
  private final WorkingCalendar calendar;
  private final CalendarProperties properties;
  private final TransactionTemplate transactions;

  StatutoryHolidaySeeder(CalendarMapper mapper, WorkingCalendar calendar,
      CalendarProperties properties, TransactionTemplate transactions) {
    this.mapper = mapper;
    this.calendar = calendar;
    this.properties = properties;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    Set<Integer> known = mapper.findYears().stream()
        .map(CalendarYear::year)
        .collect(Collectors.toSet());
    List<Integer> seeded = new ArrayList<>();
    StatutoryHolidays.years().forEach((year, days) -> {
      if (!known.contains(year) && seed(year, days)) {
        seeded.add(year);
      }
    });
    if (!seeded.isEmpty()) {
      log.info("Calendar years {} seeded from tyme4j", seeded);
    }
    report(calendar.horizon());
  }

  /** Inserts one year unless another node just did; true when this call inserted it. */
  boolean seed(int year, List<CalendarDay> days) {
    try {
      transactions.executeWithoutResult(status -> insert(year, days));
      calendar.forget(year);
      return true;
    } catch (DuplicateKeyException e) {
      log.info("Calendar year {} was seeded by another node meanwhile", year);
      return false;
    }
  }

  private void insert(int year, List<CalendarDay> days) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    mapper.insertYear(new CalendarYear(year, CalendarYear.SOURCE_TYME4J, 1, now, SEEDED_BY));
    mapper.deleteDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    if (!days.isEmpty()) {
      mapper.insertDays(days);
    }
  }

  private void report(CalendarHorizon horizon) {
    if (!horizon.coversToday()) {
      log.error(horizon.warning());
    } else if (horizon.endsWithin(properties.warnDaysBeforeEnd())) {
      log.warn(horizon.warning());
    } else {
      log.info("Working calendar known through {}", horizon.lastKnownDay());
    }
  }
}
