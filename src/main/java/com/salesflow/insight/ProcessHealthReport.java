package com.salesflow.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How the sales process ran in a period, stage by stage, for the deals a caller may see. Every
 * number is one of the {@link Metric}s, named by the metric's id. {@code start} and {@code end}
 * are the instants that bound the period's days in the calendar zone.
 */
public record ProcessHealthReport(LocalDate from, LocalDate to, Instant start, Instant end,
    String pipeline, String team, String owner, List<StageHealth> stages, Totals totals,
    List<StalledDeal> stalled) {

  /** One stage of one pipeline. */
  public record StageHealth(String pipeline, String stageKey, String stageName, long exits,
      Double avgDwellDays, Double medianDwellDays, long regressed, Double regressionRate,
      long slaYellow, long slaRed) {}

  /** The whole period over every stage. */
  public record Totals(long exits, long regressed, Double regressionRate, long won, long lost,
      long slaYellow, long slaRed) {}

  /** An open deal that has waited long in its stage, weighted by what it is worth. */
  public record StalledDeal(String opportunityId, String customer, String title, String owner,
      BigDecimal amount, String pipeline, String stageKey, String stageName, Instant enteredAt,
      String slaLevel, double workingDaysInStage) {}

  static Double share(long part, long whole) {
    return whole == 0 ? null : Math.round((double) part / whole * 10_000) / 10_000.0;
  }
}
