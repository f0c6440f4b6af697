package com.salesflow.insight;

import com.salesflow.insight.PipelineStages.StageRef;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Puts the funnel counts of a pipeline in stage order, every stage shown even when empty. */
@Component
class FunnelBuilder {

  private final InsightMapper mapper;
  private final PipelineStages pipelines;

  FunnelBuilder(InsightMapper mapper, PipelineStages pipelines) {
    this.mapper = mapper;
    this.pipelines = pipelines;
  }

  Funnel build(ReportPeriod period, ReportQuery query) {
    Map<String, FunnelCount> counts = mapper.countFunnel(query).stream()
        .collect(Collectors.toMap(FunnelCount::stageKey, Function.identity()));
    List<Funnel.Step> steps = pipelines.of(query.pipeline()).orElse(List.of()).stream()
        .map(stage -> step(stage, counts.get(stage.key())))
        .toList();
    return new Funnel(period.from(), period.to(), query.pipeline(), query.team(), query.owner(),
        steps);
  }

  private static Funnel.Step step(StageRef stage, FunnelCount count) {
    long entered = count == null ? 0 : count.entered();
    long advanced = count == null ? 0 : count.advanced();
    return new Funnel.Step(stage.key(), stage.name(), stage.position(), entered, advanced,
        ProcessHealthReport.share(advanced, entered));
  }
}
