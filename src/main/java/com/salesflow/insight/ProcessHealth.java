package com.salesflow.insight;

import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.insight.PipelineStages.StageRef;
import com.salesflow.insight.ProcessHealthReport.StageHealth;
import com.salesflow.insight.ProcessHealthReport.StalledDeal;
import com.salesflow.insight.ProcessHealthReport.Totals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Builds the process-health report from a handful of grouped queries over the stage history. */
@Service
class ProcessHealth {

  static final int STALLED_DEALS = 5;

  private final InsightMapper mapper;
  private final DwellTimes dwellTimes;
  private final PipelineStages pipelines;
  private final WorkingCalendar calendar;

  ProcessHealth(InsightMapper mapper, DwellTimes dwellTimes, PipelineStages pipelines,
      WorkingCalendar calendar) {
    this.mapper = mapper;
    this.dwellTimes = dwellTimes;
    this.pipelines = pipelines;
    this.calendar = calendar;
  }

  ProcessHealthReport report(ReportPeriod period, ReportQuery query) {
    List<StageHealth> stages = stages(query);
    Outcomes outcomes = mapper.countOutcomes(query);
    return new ProcessHealthReport(period.from(), period.to(), period.start(), period.end(),
        query.pipeline(), query.team(), query.owner(), stages, totals(stages, outcomes), stalled(query));
  }

  private List<StageHealth> stages(ReportQuery query) {
    Map<String, Dwell> dwell = dwellTimes.byKey(mapper.sumDwellGroups(query),
        g -> key(g.pipeline(), g.stageKey()));
    Map<String, StageHealth> byKey = new TreeMap<>();
    for (StageExits exits : mapper.countStageExits(query)) {
      Dwell d = dwell.getOrDefault(key(exits.pipeline(), exits.stageKey()), new Dwell());
      byKey.put(key(exits.pipeline(), exits.stageKey()), new StageHealth(exits.pipeline(),
          exits.stageKey(), exits.stageName(), exits.exits(), d.mean(), d.median(),
          exits.regressed(), ProcessHealthReport.share(exits.regressed(), exits.exits()), 0, 0));
    }
    for (SlaCount sla : mapper.countSlaBreaches(query)) {
      StageHealth s = byKey.get(key(sla.pipeline(), sla.stageKey()));
      byKey.put(key(sla.pipeline(), sla.stageKey()), s == null
          ? new StageHealth(sla.pipeline(), sla.stageKey(), sla.stageName(), 0, null, null, 0,
              null, sla.yellow(), sla.red())
          : new StageHealth(s.pipeline(), s.stageKey(), s.stageName(), s.exits(),
              s.avgDwellDays(), s.medianDwellDays(), s.regressed(), s.regressionRate(),
              sla.yellow(), sla.red()));
    }
    List<StageHealth> ordered = new ArrayList<>(byKey.values());
    ordered.sort(Comparator.comparing(StageHealth::pipeline)
        .thenComparingInt(s -> position(s.pipeline(), s.stageKey())));
    return ordered;
  }

  private static Totals totals(List<StageHealth> stages, Outcomes outcomes) {
    long exits = stages.stream().mapToLong(StageHealth::exits).sum();
    long regressed = stages.stream().mapToLong(StageHealth::regressed).sum();
    return new Totals(exits, regressed, ProcessHealthReport.share(regressed, exits),
        outcomes.won(), outcomes.lost(), stages.stream().mapToLong(StageHealth::slaYellow).sum(),
        stages.stream().mapToLong(StageHealth::slaRed).sum());
  }

  private List<StalledDeal> stalled(ReportQuery query) {
    return mapper.findStalledDeals(query, STALLED_DEALS).stream()
        .map(d -> new StalledDeal(d.opportunityId(), d.customer(), d.title(), d.owner(),
            d.amount(), d.pipeline(), d.stageKey(), d.stageName(), d.enteredAt(), d.slaLevel(),
            workingDays(d, query)))
        .toList();
  }

  private double workingDays(DealRow deal, ReportQuery query) {
    if (!deal.enteredAt().isBefore(query.now())) {
      return 0;
    }
    return Dwell.round(calendar.workingTimeBetween(deal.enteredAt(), query.now()).toMinutes()
        / (24.0 * 60));
  }

  private int position(String pipeline, String stageKey) {
    return pipelines.of(pipeline).orElse(List.of()).stream()
        .filter(s -> s.key().equals(stageKey))
        .mapToInt(StageRef::position)
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }

  private static String key(String pipeline, String stageKey) {
    return pipeline + "/" + stageKey;
  }
}
