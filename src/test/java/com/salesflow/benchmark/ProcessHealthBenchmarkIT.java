package com.salesflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.benchmark.ProcessHealthBenchmark.Result;
import com.salesflow.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A small run of the benchmark, so that it keeps working; its timings mean nothing here. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessHealthBenchmarkIT {

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theReportAndTheHandWrittenSqlCountTheSameExitsOfTheSeededHistory() {
    Result result = ProcessHealthBenchmark.run(jdbc, ApiClient.as(port, "demo"), 2_000, 2);

    assertThat(result.deals()).isEqualTo(250);
    assertThat(result.reportExits()).isPositive().isEqualTo(result.sqlExits());
    assertThat(result.reportMillis()).isPositive();
  }
}
