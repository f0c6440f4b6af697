package com.salesflow.benchmark;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the process-health report (over HTTP, as the dashboard asks for it) against the single
 * hand-written SQL aggregate that answers the same per-stage question for all deals (exits, mean
 * dwell in calendar time, regressions, SLA levels of the exits), and the funnel over HTTP against
 * its one aggregate run by JDBC, on a seeded stage history. {@code ProcessHealthBenchmarkIT} runs
 * it: with a few rows in every build so that it keeps working, with a million by hand (see
 * README, Benchmark).
 */
final class ProcessHealthBenchmark {

  static final String PERIOD = "from=2025-10-06&to=2025-12-28";
  static final String HAND_WRITTEN = """
      select h.pipeline, h.stage_key, count(*) as exits,
             avg(timestampdiff(second, h.entered_at, h.left_at)) / 86400 as avg_days,
             sum(case when h.outcome = 'REGRESSED' then 1 else 0 end) as regressed,
             sum(case when h.sla_level = 'YELLOW' then 1 else 0 end) as yellow,
             sum(case when h.sla_level = 'RED' then 1 else 0 end) as red
        from stage_history h
       where h.left_at >= '2025-10-05 16:00:00' and h.left_at < '2025-12-28 16:00:00'
       group by h.pipeline, h.stage_key""";

  /** The funnel's question in one statement: deals that entered each stage, and advanced out. */
  static final String FUNNEL_SQL = """
      select h.stage_key, count(distinct h.opportunity_id) as entered,
             count(distinct a.opportunity_id) as advanced
        from stage_history h
        left join stage_history a
          on a.opportunity_id = h.opportunity_id and a.stage_key = h.stage_key
         and a.outcome in ('ADVANCED', 'WON')
       where h.entered_at >= '2025-10-05 16:00:00' and h.entered_at < '2025-12-28 16:00:00'
         and h.pipeline = '%s'
       group by h.stage_key""".formatted(StageHistorySeed.PIPELINE);

  private ProcessHealthBenchmark() {}

  /**
   * Medians in milliseconds of the report, of the report for one of five teams (which filters the
   * stays by the team recorded on them), of the hand-written SQL, of the funnel and of its SQL;
   * the exits and the funnel's entries each counted.
   */
  record Result(int deals, double reportMillis, double teamReportMillis, double sqlMillis,
      long reportExits, long sqlExits, double funnelMillis, double funnelSqlMillis,
      long funnelEntered, long funnelSqlEntered) {}

  /** Seeds {@code rows} stays, then times {@code runs} runs of each (after one warm-up). */
  static Result run(JdbcTemplate jdbc, ApiClient admin, int rows, int runs) {
    int deals = new StageHistorySeed(jdbc).seed(rows);
    List<Double> report = new ArrayList<>();
    List<Double> teamReport = new ArrayList<>();
    List<Double> sql = new ArrayList<>();
    List<Double> funnel = new ArrayList<>();
    List<Double> funnelSql = new ArrayList<>();
    long reportExits = 0;
    long sqlExits = 0;
    long funnelEntered = 0;
    long funnelSqlEntered = 0;
    for (int i = 0; i <= runs; i++) {
      long start = System.nanoTime();
      reportExits = exits(admin.get("/api/reports/process-health?" + PERIOD));
      double reportTime = millisSince(start);
      start = System.nanoTime();
      exits(admin.get("/api/reports/process-health?" + PERIOD + "&team="
          + StageHistorySeed.TEAM_PREFIX + "0"));
      double teamReportTime = millisSince(start);
      start = System.nanoTime();
      sqlExits = sum(jdbc.query(HAND_WRITTEN, (row, n) -> row.getLong("exits")));
      double sqlTime = millisSince(start);
      start = System.nanoTime();
      funnelEntered = entered(admin.get("/api/reports/funnel?" + PERIOD + "&pipeline="
          + StageHistorySeed.PIPELINE));
      double funnelTime = millisSince(start);
      start = System.nanoTime();
      funnelSqlEntered = sum(jdbc.query(FUNNEL_SQL, (row, n) -> row.getLong("entered")));
      double funnelSqlTime = millisSince(start);
      if (i > 0) {
        report.add(reportTime);
        teamReport.add(teamReportTime);
        sql.add(sqlTime);
        funnel.add(funnelTime);
        funnelSql.add(funnelSqlTime);
      }
    }
    return new Result(deals, median(report), median(teamReport), median(sql), reportExits,
        sqlExits, median(funnel), median(funnelSql), funnelEntered, funnelSqlEntered);
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1e6;
  }

  private static long sum(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  private static long entered(Reply reply) {
    if (reply.status() != 200) {
      throw new IllegalStateException("funnel failed: " + reply);
    }
    long entered = 0;
    for (var stage : reply.body().path("stages")) {
      entered += stage.path("entered").asLong();
    }
    return entered;
  }

  private static long exits(Reply reply) {
    if (reply.status() != 200) {
      throw new IllegalStateException("report failed: " + reply);
    }
    return reply.body().path("totals").path("exits").asLong();
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
