package com.salesflow.insight;

import com.salesflow.insight.ReportRequests.Filters;
import com.salesflow.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports as JSON. Periods are whole days in the calendar zone ({@code from} and {@code to}
 * included, ISO dates); by default the last twelve weeks up to today.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  static final int MAX_DEALS = 500;
  static final int SLA_BOARD_DEALS = 100;

  private final ReportRequests requests;
  private final ProcessHealth health;
  private final HeatmapBuilder heatmap;
  private final FunnelBuilder funnel;
  private final InsightMapper mapper;

  ReportController(ReportRequests requests, ProcessHealth health, HeatmapBuilder heatmap,
      FunnelBuilder funnel, InsightMapper mapper) {
    this.requests = requests;
    this.health = health;
    this.heatmap = heatmap;
    this.funnel = funnel;
    this.mapper = mapper;
  }

  @GetMapping("/metrics")
  List<Metric> metrics() {
    return List.of(Metric.values());
  }

  @GetMapping("/process-health")
  ProcessHealthReport processHealth(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      Filters filters, Authentication caller) {
    ReportPeriod period = requests.period(from, to);
    return health.report(period, requests.query(period, filters, caller));
  }

  @GetMapping("/stage-heatmap")
  StageHeatmap stageHeatmap(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      Filters filters, Authentication caller) {
    ReportPeriod period = requests.period(from, to);
    return heatmap.build(period, requests.query(period, filters, caller));
  }

  @GetMapping("/funnel")
  Funnel funnel(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      Filters filters, Authentication caller) {
    requests.requirePipeline(filters.pipeline());
    ReportPeriod period = requests.period(from, to);
    return funnel.build(period, requests.query(period, filters, caller));
  }

  /** Exactly the deals behind one funnel number: same filters, a stage and which number. */
  @GetMapping("/funnel/deals")
  List<DealRow> funnelDeals(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE)
      LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
      @RequestParam(required = false) String stage,
      @RequestParam(defaultValue = "ENTERED") FunnelMeasure measure,
      Filters filters, Authentication caller) {
    requests.requirePipeline(filters.pipeline());
    if (stage == null || stage.isBlank()) {
      throw new InvalidInputException("stage", "is required");
    }
    ReportPeriod period = requests.period(from, to);
    ReportQuery query = requests.query(period, filters, caller).drillingInto(stage, measure);
    return mapper.findFunnelDeals(query, MAX_DEALS);
  }

  /** Open deals whose current stage is yellow or red, red first. */
  @GetMapping("/sla-board")
  List<DealRow> slaBoard(Filters filters, Authentication caller) {
    ReportPeriod period = requests.period(null, null);
    return mapper.findSlaBreachedDeals(requests.query(period, filters, caller), SLA_BOARD_DEALS);
  }
}
