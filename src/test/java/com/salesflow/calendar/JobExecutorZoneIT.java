package com.salesflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.SalesflowJar;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The job executor runs only where the JVM keeps time in {@code salesflow.calendar.zone}
 * (Asia/Shanghai): this build's test JVM does; a node started in UTC runs no jobs, logs an ERROR
 * naming both zones and the fix, and reports DOWN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobExecutorZoneIT {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void runsTheJobExecutorWhereTheJvmKeepsTheCalendarsZone() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor().isActive()).isTrue();

    JsonNode zone = timeZoneHealth(ApiClient.as(port, "demo").get("/actuator/health"));
    assertThat(zone.path("status").asText()).isEqualTo("UP");
    assertThat(zone.path("details").path("jvmZone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(zone.path("details").path("jobExecutor").asText()).isEqualTo("running");
  }

  @Test
  void startsNoJobExecutorInAJvmOfAnotherZoneAndSaysWhy() throws Exception {
    try (SalesflowJar node = SalesflowJar.start("zone-mismatch", "UTC",
        List.of("--spring.datasource.url=jdbc:h2:mem:zone-mismatch;DB_CLOSE_DELAY=-1"))) {
      Reply health = ApiClient.as(node.port(), "demo").get("/actuator/health");

      assertThat(health.status()).as(health.toString()).isEqualTo(503);
      JsonNode zone = timeZoneHealth(health);
      assertThat(zone.path("status").asText()).isEqualTo("DOWN");
      assertThat(zone.path("details").path("jobExecutor").asText()).isEqualTo("not started");
      assertThat(zone.path("details").path("error").asText())
          .contains("UTC", "Asia/Shanghai", "-Duser.timezone=Asia/Shanghai");
      assertThat(node.log().lines()
          .filter(line -> line.contains(" ERROR ") && line.contains("JobExecutorZoneGuard")))
          .singleElement().asString()
          .contains("UTC", "Asia/Shanghai", "-Duser.timezone=Asia/Shanghai");
    }
  }

  private static JsonNode timeZoneHealth(Reply health) {
    return health.body().path("components").path("timeZone");
  }
}
