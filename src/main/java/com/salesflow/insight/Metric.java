package com.salesflow.insight;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The one written definition of every number the reports and the dashboard show. Labels are what
 * people read; formulas say exactly which stage-history rows count, and docs/metrics.md repeats
 * them for readers of the code.
 */
@JsonFormat(shape = JsonFormat.Shape.OBJECT)
public enum Metric {
  AVG_DWELL("avgDwellDays", "平均停留（工作日）", "working days",
      "Mean working time from entered_at to left_at of the stays that left the stage in the"
          + " period, in working days of the working-day calendar."),
  MEDIAN_DWELL("medianDwellDays", "停留中位数（工作日）", "working days",
      "Median of the same stays' working time; stays sharing entry and exit day are taken at"
          + " their mean, so the median is exact to within one day's spread."),
  EXITS("exits", "离开次数", "stays",
      "Stays of the stage whose left_at falls in the period, whatever the outcome."),
  REGRESSION_RATE("regressionRate", "回退率", "share",
      "Exits with outcome REGRESSED divided by all exits of the stage in the period."),
  WON("won", "赢单数", "deals",
      "Stays left with outcome WON in the period; a deal is won once, so this counts deals."),
  LOST("lost", "丢单数", "deals",
      "Stays left with outcome LOST in the period; a deal is lost once, so this counts deals."),
  SLA_YELLOW("slaYellow", "黄灯次数", "stays",
      "Stays in the stage during the period (entered before its end, not left before its start)"
          + " whose highest SLA level is YELLOW."),
  SLA_RED("slaRed", "红灯次数", "stays",
      "Stays in the stage during the period whose highest SLA level is RED."),
  STALLED_SCORE("stalledScore", "停滞价值", "CNY × days",
      "For open deals: calendar days in the current stage times the deal amount; the five"
          + " highest are the top stalled deals."),
  FUNNEL_ENTERED("entered", "进入商机数", "deals",
      "Distinct deals with a stay in the stage that was entered in the period."),
  FUNNEL_ADVANCED("advanced", "推进商机数", "deals",
      "Of the entered deals, those that have left the stage with outcome ADVANCED or WON, at"
          + " any time up to now."),
  FUNNEL_CONVERSION("conversion", "阶段转化率", "share",
      "advanced divided by entered for the stage; null when no deal entered."),
  FIRST_RESPONSE_RATE("firstResponseRate", "48小时首次响应率", "share",
      "Decided leads first contacted within the response window divided by all decided leads"
          + " (computed by GET /api/leads/first-response-rate).");

  private final String id;
  private final String label;
  private final String unit;
  private final String formula;

  Metric(String id, String label, String unit, String formula) {
    this.id = id;
    this.label = label;
    this.unit = unit;
    this.formula = formula;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getUnit() {
    return unit;
  }

  public String getFormula() {
    return formula;
  }
}
