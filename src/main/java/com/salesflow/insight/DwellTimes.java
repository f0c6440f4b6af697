package com.salesflow.insight;

import com.salesflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Working-day dwell times from grouped stays. SQL groups the stays by stage and local entry and exit
 * day; since a stay's working time is linear in its entry and exit time of day once the two days
 * are fixed, one calendar call at a group's mean times gives the group's exact mean.
 */
@Component
class DwellTimes {

  private static final double SECONDS_PER_DAY = 86_400;

  private final WorkingCalendar calendar;

  DwellTimes(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** The dwell of each key that {@code keyOf} gives a group, such as pipeline and stage. */
  <K extends Comparable<K>> Map<K, Dwell> byKey(List<DwellGroup> groups,
      Function<DwellGroup, K> keyOf) {
    Map<K, Dwell> dwell = new TreeMap<>();
    for (DwellGroup group : groups) {
      dwell.computeIfAbsent(keyOf.apply(group), k -> new Dwell())
          .add(group.stays(), meanDays(group));
    }
    return dwell;
  }

  double meanDays(DwellGroup group) {
    Instant entered = at(group.enteredDay(), group.enteredSeconds(), group.stays());
    Instant left = at(group.leftDay(), group.leftSeconds(), group.stays());
    if (left.isBefore(entered)) {
      left = entered;
    }
    Duration working = calendar.workingTimeBetween(entered, left);
    return working.toMillis() / 1000.0 / SECONDS_PER_DAY;
  }

  private Instant at(LocalDate day, long secondsSum, long stays) {
    long meanMillis = Math.round(secondsSum * 1000.0 / stays);
    return day.atStartOfDay(calendar.zone()).toInstant().plusMillis(meanMillis);
  }
}
