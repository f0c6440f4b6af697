package com.salesflow.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * How deals that entered each stage of one pipeline in a period went on to the next stage. The
 * deals behind any number are at {@code GET /api/reports/funnel/deals} with the same parameters.
 */
record Funnel(LocalDate from, LocalDate to, String pipeline, String team, String owner,
    List<Step> stages) {

  /** One stage: deals that entered it, those that advanced out of it, and the share. */
  record Step(String stageKey, String stageName, int position, long entered, long advanced,
      Double conversion) {}
}
