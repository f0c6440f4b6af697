package com.salesflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * A report whose statement runs past the statement timeout (one second here) is cancelled by the
 * database and answered 503 with advice, not 500. The read is held back with {@code LOCK TABLES}
 * on another connection, which only MySQL and MariaDB offer (H2's readers never wait for a
 * writer), so the test runs in the MySQL pass of the suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // Its own engine name (no hyphen: Camunda ignores such a name and calls the engine
    // "default"), or engine REST in the other tests' contexts would find this engine.
    "camunda.bpm.process-engine-name=statementTimeout",
    "mybatis.configuration.default-statement-timeout=1"})
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*\\bmysql\\b.*")
class StatementTimeoutIT {

  @LocalServerPort
  int port;

  @Autowired
  DataSource dataSource;

  @Test
  void aReportHeldPastTheTimeoutIsAnsweredServiceUnavailableWithAdvice() throws Exception {
    Reply reply;
    try (Connection holder = dataSource.getConnection();
        Statement lock = holder.createStatement()) {
      lock.execute("lock tables stage_history write");
      try {
        reply = ApiClient.as(port, "demo")
            .get("/api/reports/process-health?from=2026-09-07&to=2026-09-13");
      } finally {
        lock.execute("unlock tables");
      }
    }

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
    assertThat(reply.body().path("detail").asText()).contains("shorter period");
    assertThat(ApiClient.as(port, "demo")
        .get("/api/reports/process-health?from=2026-09-07&to=2026-09-13").status())
        .isEqualTo(200);
  }
}
