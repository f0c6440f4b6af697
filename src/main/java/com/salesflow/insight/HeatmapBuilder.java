package com.salesflow.insight;

import com.salesflow.insight.PipelineStages.StageRef;
import com.salesflow.insight.StageHeatmap.Cell;
import com.salesflow.insight.StageHeatmap.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Lays the grouped dwell times out as weeks by stages. */
@Component
class HeatmapBuilder {

  private final InsightMapper mapper;
  private final DwellTimes dwellTimes;
  private final PipelineStages pipelines;

  HeatmapBuilder(InsightMapper mapper, DwellTimes dwellTimes, PipelineStages pipelines) {
    this.mapper = mapper;
    this.dwellTimes = dwellTimes;
    this.pipelines = pipelines;
  }

  StageHeatmap build(ReportPeriod period, ReportQuery query) {
    Map<CellKey, Dwell> dwell = dwellTimes.byKey(mapper.sumDwellGroups(query),
        g -> new CellKey(StageHeatmap.weekOf(g.leftDay()), g.pipeline(), g.stageKey()));
    List<Cell> cells = new ArrayList<>();
    Set<String> stageKeys = new LinkedHashSet<>();
    dwell.forEach((key, d) -> {
      cells.add(new Cell(key.week(), key.pipeline(), key.stageKey(), d.stays(), d.mean()));
      stageKeys.add(key.pipeline() + "/" + key.stageKey());
    });
    return new StageHeatmap(period.from(), period.to(), query.pipeline(), query.team(),
        weeks(period), rows(query.pipeline(), stageKeys), cells);
  }

  private static List<LocalDate> weeks(ReportPeriod period) {
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate week = StageHeatmap.weekOf(period.from()); !week.isAfter(period.to());
        week = week.plusWeeks(1)) {
      weeks.add(week);
    }
    return weeks;
  }

  /** Every stage of the pipeline(s) in flow order, plus any stage only the history knows. */
  private List<Row> rows(String pipeline, Set<String> seen) {
    List<String> keys = pipeline == null ? pipelines.keys() : List.of(pipeline);
    List<Row> rows = new ArrayList<>();
    for (String key : keys) {
      for (StageRef stage : pipelines.of(key).orElse(List.of())) {
        rows.add(new Row(key, stage.key(), stage.name()));
        seen.remove(key + "/" + stage.key());
      }
    }
    seen.stream().sorted().map(k -> k.split("/", 2))
        .forEach(k -> rows.add(new Row(k[0], k[1], k[1])));
    return rows;
  }

  private record CellKey(LocalDate week, String pipeline, String stageKey)
      implements Comparable<CellKey> {

    private static final Comparator<CellKey> ORDER = Comparator.comparing(CellKey::week)
        .thenComparing(CellKey::pipeline).thenComparing(CellKey::stageKey);

    @Override
    public int compareTo(CellKey other) {
      return ORDER.compare(this, other);
    }
  }
}
