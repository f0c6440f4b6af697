package com.salesflow.insight;

/** Which of a funnel stage's numbers a drill-down lists the deals of. */
enum FunnelMeasure {
  /** Deals that entered the stage in the period. */
  ENTERED,
  /** Of those, the deals that went on to the next stage (or won, from the last one). */
  ADVANCED
}
