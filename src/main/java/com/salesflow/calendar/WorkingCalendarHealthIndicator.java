package com.salesflow.calendar;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code workingCalendar}: the last known date and the days left until it, with
 * a warning once fewer than {@code salesflow.calendar.warn-days-before-end} remain. It stays UP
 * while today is known, so a node is not taken out of service for a warning. When today itself is
 * beyond the calendar it reports {@code OUT_OF_CALENDAR}: a status the default aggregation leaves
 * out, so the application as a whole stays UP (deals still work; only working-day arithmetic
 * fails), while monitoring that reads the component sees it.
 */
@Component
class WorkingCalendarHealthIndicator implements HealthIndicator {

  static final Status OUT_OF_CALENDAR = new Status("OUT_OF_CALENDAR",
      "Today lies in a year whose holiday arrangement is not known");

  private final WorkingCalendar calendar;
  private final CalendarProperties properties;

  WorkingCalendarHealthIndicator(WorkingCalendar calendar, CalendarProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  @Override
  public Health health() {
    CalendarHorizon horizon = calendar.horizon();
    if (!horizon.coversToday()) {
      return Health.status(OUT_OF_CALENDAR)
          .withDetail("today", horizon.today().toString())
          .withDetail("warning", horizon.warning())
          .build();
    }
    Health.Builder health = Health.up()
        .withDetail("lastKnownDate", horizon.lastKnownDay().toString())
        .withDetail("daysRemaining", horizon.daysRemaining());
    if (horizon.endsWithin(properties.warnDaysBeforeEnd())) {
      health.withDetail("warning", horizon.warning());
    }
    return health.build();
  }
}
