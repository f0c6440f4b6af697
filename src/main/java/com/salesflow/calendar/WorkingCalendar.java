package com.salesflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Mainland China's working days, for anything that counts time in working days such as SLA
 * timers. Saturdays and Sundays are days off, statutory holidays are days off whatever weekday
 * they fall on, and a make-up working day (调休) on a weekend is a working day.
 *
 * <p>Working time accrues only during working days: a whole working day counts as 24 hours, a
 * day off as none. Days begin and end at midnight in {@link #zone()}.
 *
 * <p>Only years whose arrangement is known (seeded from tyme4j or entered by an administrator)
 * are answered. Every method that meets a date in another year throws
 * {@link CalendarUnknownException} rather than guessing.
 */
@Service
public class WorkingCalendar {

  private final CalendarMapper mapper;
  private final CalendarProperties properties;
  private final WorkingDays workingDays;
  private final Map<Integer, CachedYear> cache = new ConcurrentHashMap<>();

  WorkingCalendar(CalendarMapper mapper, CalendarProperties properties) {
    this.mapper = mapper;
    this.properties = properties;
    this.workingDays = new WorkingDays(properties.zone(), this::year);
  }

  /**
   * The earliest instant at which {@code days} × 24 hours of working time have passed since
   * {@code from}: Friday 10:00 plus one is the next working day at 10:00, Saturday 10:00 plus one
   * is the end of the next working day. Zero days returns {@code from} unchanged.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws CalendarUnknownException if the count passes through a year that is not known
   */
  public Instant plusWorkingDays(Instant from, int days) {
    return workingDays.plus(from, days);
  }

  /**
   * The working time within [{@code from}, {@code to}); zero when they are equal.
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws CalendarUnknownException if the range touches a day in a year that is not known
   */
  public Duration workingTimeBetween(Instant from, Instant to) {
    return workingDays.between(from, to);
  }

  /**
   * Whether {@code day} is a working day.
   *
   * @throws CalendarUnknownException if the year of {@code day} is not known
   */
  public boolean isWorkingDay(LocalDate day) {
    return workingDays.isWorkingDay(day);
  }

  /** The zone in which working days begin and end ({@code salesflow.calendar.zone}). */
  public ZoneId zone() {
    return properties.zone();
  }

  /** How far the known years reach from today, read afresh from the database. */
  CalendarHorizon horizon() {
    Set<Integer> known = mapper.findYears().stream()
        .map(CalendarYear::year)
        .collect(Collectors.toSet());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return CalendarHorizon.of(known, LocalDate.ofInstant(now, zone()));
  }

  /** Drops the cached arrangement of {@code year}, once a change to it has been committed. */
  void forget(int year) {
    cache.remove(year);
  }

  // compute() keeps a forget() that arrives during a load from being overwritten by stale rows.
  private Optional<CalendarYearDays> year(int year) {
    Instant now = Instant.now();
    Instant staleBefore = now.minus(properties.refreshAfter());
    return cache.compute(year, (key, cached) ->
        cached != null && cached.loadedAt().isAfter(staleBefore) ? cached : load(key, now))
        .days();
  }

  private CachedYear load(int year, Instant now) {
    Optional<CalendarYearDays> days = mapper.findYear(year)
        .map(known -> new CalendarYearDays(year,
            mapper.findDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
    return new CachedYear(days, now);
  }

  private record CachedYear(Optional<CalendarYearDays> days, Instant loadedAt) {}
}
