package com.salesflow.insight;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Mean dwell per stage and week: a cell holds the stays of one stage that left it in one week
 * (weeks begin on Monday, in the calendar zone).
 */
record StageHeatmap(LocalDate from, LocalDate to, String pipeline, String team,
    List<LocalDate> weeks, List<Row> stages, List<Cell> cells) {

  /** A row of the heatmap. */
  record Row(String pipeline, String stageKey, String stageName) {}

  /** One stage in one week. */
  record Cell(LocalDate week, String pipeline, String stageKey, long stays, Double avgDwellDays) {}

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
