package com.salesflow.insight;

import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.insight.PipelineStages.StageRef;
import com.salesflow.insight.ProcessHealthReport.StageHealth;
import com.salesflow.insight.ProcessHealthReport.StalledDeal;
import com.salesflow.insight.ProcessHealthReport.Totals;
import com.salesflow.insight.SideBySide.Pending;
import java.util.Comparator;
import java.util.HashMap;
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
  private final SideBySide sideBySide;

  ProcessHealth(InsightMapper mapper, DwellTimes dwellTimes, PipelineStages pipelines,
      WorkingCalendar calendar, SideBySide sideBySide) {
    this.mapper = mapper;
    this.dwellTimes = dwellTimes;
    this.pipelines = pipelines;
    this.calendar = calendar;
    this.sideBySide = sideBySide;
  }

  /**
   * The grouped scan of the period's exits, the longest statement, runs beside the SLA count and
   * the stalled deals.
   */
  ProcessHealthReport report(ReportPeriod period, ReportQuery query) {
    Pending<List<DwellGroup>> exits = sideBySide.start(() -> mapper.sumDwellGroups(query));
    List<SlaCount> openAtEnd = mapper.countSlaBreachesOpenAtEnd(query);
    List<StalledDeal> stalled = stalled(query);
    Map<String, StageTally> tallies = tallies(exits.get(), openAtEnd);
    Map<String, List<StageRef>> diagrams = new HashMap<>();
    List<StageHealth> stages = tallies.values().stream().map(StageTally::health)
        .sorted(Comparator.comparing(StageHealth::pipeline)
            .thenComparingInt(s -> position(diagrams, s.pipeline(), s.stageKey())))
        .toList();
    long won = tallies.values().stream().mapToLong(StageTally::won).sum();
    long lost = tallies.values().stream().mapToLong(StageTally::lost).sum();
    return new ProcessHealthReport(period.from(), period.to(), period.start(), period.end(),
        query.pipeline(), query.team(), query.owner(), stages, totals(stages, won, lost),
        stalled);
  }

  /**
   * One tally per stage: the stays that left it, with their SLA levels, and the SLA levels of the
   * stays still in it when the period ended.
   */
  private Map<String, StageTally> tallies(List<DwellGroup> exits, List<SlaCount> openAtEnd) {
    Map<String, StageTally> tallies = new TreeMap<>();
    Map<DwellGroup, Double> means = dwellTimes.meanDays(exits);
    for (DwellGroup group : exits) {
      tally(tallies, group.pipeline(), group.stageKey(), group.stageName())
          .add(group, means.get(group));
    }
    for (SlaCount sla : openAtEnd) {
      tally(tallies, sla.pipeline(), sla.stageKey(), sla.stageName()).add(sla);
    }
    return tallies;
  }

  private static StageTally tally(Map<String, StageTally> tallies, String pipeline,
      String stageKey, String stageName) {
    return tallies.computeIfAbsent(pipeline + "/" + stageKey,
        k -> new StageTally(pipeline, stageKey, stageName));
  }

  private static Totals totals(List<StageHealth> stages, long won, long lost) {
    long exits = stages.stream().mapToLong(StageHealth::exits).sum();
    long regressed = stages.stream().mapToLong(StageHealth::regressed).sum();
    return new Totals(exits, regressed, ProcessHealthReport.share(regressed, exits), won, lost,
        stages.stream().mapToLong(StageHealth::slaYellow).sum(),
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

  /** The stage's place in its pipeline's diagram, each diagram read once per report. */
  private int position(Map<String, List<StageRef>> diagrams, String pipeline, String stageKey) {
    return diagrams.computeIfAbsent(pipeline, key -> pipelines.of(key).orElse(List.of()))
        .stream()
        .filter(s -> s.key().equals(stageKey))
        .mapToInt(StageRef::position)
        .findFirst()
        .orElse(Integer.MAX_VALUE);
  }
}
