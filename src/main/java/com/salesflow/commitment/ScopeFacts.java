package com.salesflow.commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How a promise compares with the roadmap, in the simple terms the {@code commitment-scope}
 * decision table reads: whether the capability is planned at all, and by how many days its planned
 * release falls after the promised date (negative or zero when it comes in time).
 *
 * @param daysLate null when the capability is not planned
 */
record ScopeFacts(boolean onRoadmap, Integer daysLate, LocalDate plannedRelease,
    RoadmapStatus roadmapStatus) {

  static ScopeFacts of(Optional<RoadmapItem> item, LocalDate promisedDate) {
    if (item.isEmpty()) {
      return new ScopeFacts(false, null, null, null);
    }
    RoadmapItem known = item.get();
    if (!known.isPlanned()) {
      return new ScopeFacts(false, null, known.plannedRelease(), known.status());
    }
    long late = ChronoUnit.DAYS.between(promisedDate, known.plannedRelease());
    return new ScopeFacts(true, Math.toIntExact(late), known.plannedRelease(), known.status());
  }
}
