package com.salesflow.insight;

import com.salesflow.insight.ProcessHealthReport.StageHealth;

/** The process-health numbers of one stage, added up from grouped stays and SLA counts. */
final class StageTally {

  private final String pipeline;
  private final String stageKey;
  private final Dwell dwell = new Dwell();
  private String stageName;
  private long regressed;
  private long won;
  private long lost;
  private long yellow;
  private long red;

  StageTally(String pipeline, String stageKey, String stageName) {
    this.pipeline = pipeline;
    this.stageKey = stageKey;
    this.stageName = stageName;
  }

  void add(DwellGroup group, double meanDays) {
    dwell.add(group.stays(), meanDays);
    regressed += group.regressed();
    won += group.won();
    lost += group.lost();
    yellow += group.yellow();
    red += group.red();
  }

  void add(SlaCount sla) {
    yellow += sla.yellow();
    red += sla.red();
  }

  void name(String name) {
    stageName = name;
  }

  long won() {
    return won;
  }

  long lost() {
    return lost;
  }

  StageHealth health() {
    return new StageHealth(pipeline, stageKey, stageName, dwell.stays(), dwell.mean(),
        dwell.median(), regressed, ProcessHealthReport.share(regressed, dwell.stays()), yellow,
        red);
  }
}
