package com.salesflow.insight;

import com.salesflow.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Working-day dwell times from grouped stays. SQL groups the stays by stage and local entry and
 * exit day; since a stay's working time is linear in its entry and exit time of day once the two days
 * are fixed, the group's mean times give the group's exact mean working time. The calendar is asked
 * once per day spanned, not once per stay.
 */
@Component
class DwellTimes {

  private final WorkingCalendar calendar;

  DwellTimes(WorkingCalendar calendar) {
    this.calendar = calendar;
  }

  /** The mean working days of each group, keyed by the group itself. */
  Map<DwellGroup, Double> meanDays(List<DwellGroup> groups) {
    Map<DwellGroup, Double> means = new IdentityHashMap<>();
    if (groups.isEmpty()) {
      return means;
    }
    LocalDate first = groups.stream().map(DwellGroup::enteredDay)
        .min(Comparator.naturalOrder()).orElseThrow();
    LocalDate last = groups.stream().map(DwellGroup::leftDay)
        .max(Comparator.naturalOrder()).orElseThrow();
    WorkingDayIndex index = new WorkingDayIndex(first, last, calendar::isWorkingDay);
    for (DwellGroup g : groups) {
      means.put(g, index.workingDays(g.enteredDay(), (double) g.enteredSeconds() / g.stays(),
          g.leftDay(), (double) g.leftSeconds() / g.stays()));
    }
    return means;
  }

  /** The dwell of each key that {@code keyOf} gives a group, such as week and stage. */
  <K extends Comparable<K>> Map<K, Dwell> byKey(List<DwellGroup> groups,
      Function<DwellGroup, K> keyOf) {
    Map<DwellGroup, Double> means = meanDays(groups);
    Map<K, Dwell> dwell = new TreeMap<>();
    for (DwellGroup group : groups) {
      dwell.computeIfAbsent(keyOf.apply(group), k -> new Dwell())
          .add(group.stays(), means.get(group));
    }
    return dwell;
  }
}
