package com.salesflow.benchmark;

import com.salesflow.SalesflowApplication;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the process-health report (over HTTP, as the dashboard asks for it) against the single
 * hand-written SQL aggregate that answers the same per-stage question in calendar time, on a
 * seeded stage history. Not a test: run it by hand on MySQL or MariaDB (see README, Benchmark);
 * {@code ProcessHealthBenchmarkIT} runs it with a few rows so that it keeps working.
 */
public final class ProcessHealthBenchmark {

  static final String PERIOD = "from=2025-10-06&to=2025-12-28";
  static final String HAND_WRITTEN = """
      select h.pipeline, h.stage_key, count(*) as exits,
             avg(timestampdiff(second, h.entered_at, h.left_at)) / 86400 as avg_days,
             sum(case when h.outcome = 'REGRESSED' then 1 else 0 end) as regressed,
             sum(case when h.sla_level = 'YELLOW' then 1 else 0 end) as yellow,
             sum(case when h.sla_level = 'RED' then 1 else 0 end) as red
        from stage_history h
        join opportunity o on o.id = h.opportunity_id
        left join org_member m on m.user_id = o.owner_id
       where h.left_at >= '2025-10-05 16:00:00' and h.left_at < '2025-12-28 16:00:00'
       group by h.pipeline, h.stage_key""";

  private static final Logger log = LoggerFactory.getLogger(ProcessHealthBenchmark.class);

  private ProcessHealthBenchmark() {}

  /** Medians in milliseconds of the report and of the hand-written SQL, and the report's exits. */
  record Result(int deals, double reportMillis, double sqlMillis, long reportExits,
      long sqlExits) {}

  /** Seeds {@code rows} stays, then times {@code runs} runs of each (after one warm-up). */
  static Result run(JdbcTemplate jdbc, ApiClient admin, int rows, int runs) {
    int deals = new StageHistorySeed(jdbc).seed(rows);
    List<Double> report = new ArrayList<>();
    List<Double> sql = new ArrayList<>();
    long reportExits = 0;
    long sqlExits = 0;
    for (int i = 0; i <= runs; i++) {
      long start = System.nanoTime();
      Reply reply = admin.get("/api/reports/process-health?" + PERIOD);
      double reportTime = (System.nanoTime() - start) / 1e6;
      if (reply.status() != 200) {
        throw new IllegalStateException("report failed: " + reply);
      }
      reportExits = reply.body().path("totals").path("exits").asLong();
      start = System.nanoTime();
      sqlExits = jdbc.query(HAND_WRITTEN, (row, n) -> row.getLong("exits")).stream()
          .mapToLong(Long::longValue).sum();
      double sqlTime = (System.nanoTime() - start) / 1e6;
      if (i > 0) {
        report.add(reportTime);
        sql.add(sqlTime);
      }
    }
    return new Result(deals, median(report), median(sql), reportExits, sqlExits);
  }

  /**
   * Starts Salesflow on the mysql profile against the database in {@code SALESFLOW_DB_URL},
   * seeds {@code args[0]} stays (default 1,000,000), times {@code args[1]} runs (default 7).
   */
  public static void main(String[] args) {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    SpringApplication app = new SpringApplication(SalesflowApplication.class);
    app.setAdditionalProfiles("mysql");
    try (ConfigurableApplicationContext context = app.run("--server.port=0",
        "--salesflow.demo.organisation=true", "--camunda.bpm.job-execution.enabled=false")) {
      int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      Result result = run(jdbc, ApiClient.as(port, "demo"), rows, runs);
      log.info("Benchmark with {} stays ({} deals), median of {} runs: report {} ms, hand-written"
          + " SQL {} ms; exits counted {} and {}", rows, result.deals(), runs,
          result.reportMillis(), result.sqlMillis(), result.reportExits(), result.sqlExits());
    }
  }

  private static double median(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
