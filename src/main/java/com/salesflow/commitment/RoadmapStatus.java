package com.salesflow.commitment;

/** Where a capability stands on the product roadmap. */
enum RoadmapStatus {
  PLANNED,
  IN_PROGRESS,
  RELEASED,
  DROPPED
}
