package com.salesflow.commitment;

import java.time.Instant;
import java.time.LocalDate;

/** One capability on the product roadmap and the release it is planned for. */
record RoadmapItem(
    String capability,
    LocalDate plannedRelease,
    RoadmapStatus status,
    int version,
    String updatedBy,
    Instant updatedAt) {

  /** Whether the product team means to ship it on a known date. */
  boolean isPlanned() {
    return status != RoadmapStatus.DROPPED && plannedRelease != null;
  }
}
