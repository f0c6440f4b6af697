package com.salesflow.calendar;

import com.salesflow.shared.ConflictException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Test support, picked up by every {@code @SpringBootTest}: the tests open deals at today's real
 * date, and a deal's SLA times may fall in the next year before its statutory arrangement exists.
 * Years after the last one tyme4j carries, up to next year, are entered with weekends only (as an
 * administrator would enter an arrangement), so the suite does not depend on the day it runs.
 * Production has no such thing: there an administrator enters each year.
 */
@Component
class ComingYearsForTests implements ApplicationRunner {

  private final CalendarAdministration administration;
  private final WorkingCalendar calendar;

  ComingYearsForTests(CalendarAdministration administration, WorkingCalendar calendar) {
    this.administration = administration;
    this.calendar = calendar;
  }

  @Override
  public void run(ApplicationArguments args) {
    Set<Integer> statutory = StatutoryHolidays.years().keySet();
    int lastStatutory = statutory.stream().max(Integer::compare).orElseThrow();
    int nextYear = LocalDate.now(calendar.zone()).getYear() + 1;
    Set<Integer> known = Set.copyOf(administration.years().stream().map(CalendarYear::year).toList());
    for (int year = lastStatutory + 1; year <= nextYear; year++) {
      if (!known.contains(year)) {
        enterWeekendsOnly(year);
      }
    }
  }

  private void enterWeekendsOnly(int year) {
    try {
      administration.replace(year, List.of(), null, "tests");
    } catch (ConflictException anotherContextEnteredItFirst) {
      return;
    }
  }
}
