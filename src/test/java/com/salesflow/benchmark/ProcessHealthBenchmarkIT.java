package com.salesflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.benchmark.ProcessHealthBenchmark.Result;
import com.salesflow.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark of the process-health report. In the ordinary build it seeds 2,000 stays so that
 * it keeps working and its timings mean nothing; {@code -Dbenchmark.rows=1000000} on MySQL or
 * MariaDB is the real run (README, Benchmark), whose medians it logs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessHealthBenchmarkIT {

  private static final Logger log = LoggerFactory.getLogger(ProcessHealthBenchmarkIT.class);

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Value("${benchmark.rows:2000}")
  int rows;

  @Value("${benchmark.runs:2}")
  int runs;

  @Test
  void theReportsAndTheirHandWrittenSqlCountTheSameStaysOfTheSeededHistory() {
    Result result = ProcessHealthBenchmark.run(jdbc, ApiClient.as(port, "demo"), rows, runs);

    log.info("Benchmark: {} stays ({} deals), median of {} runs: report {} ms, report for one"
        + " team {} ms, hand-written SQL {} ms, exits in the period {}; funnel {} ms, its SQL {}"
        + " ms, entries in the period {}", rows, result.deals(), runs, result.reportMillis(),
        result.teamReportMillis(), result.sqlMillis(), result.reportExits(),
        result.funnelMillis(), result.funnelSqlMillis(), result.funnelEntered());
    assertThat(result.deals()).isEqualTo(rows / 8);
    assertThat(result.reportExits()).isPositive().isEqualTo(result.sqlExits());
    assertThat(result.funnelEntered()).isPositive().isEqualTo(result.funnelSqlEntered());
  }
}
