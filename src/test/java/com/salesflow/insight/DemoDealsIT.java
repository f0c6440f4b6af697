package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With demo deals switched on, a newcomer's reports have twelve weeks of history to show. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "salesflow.demo.deals=true", "salesflow.demo.deal-count=120",
    "spring.datasource.url=jdbc:h2:mem:salesflow-demo-deals;DB_CLOSE_DELAY=-1"})
class DemoDealsIT {

  @LocalServerPort
  int port;

  @Test
  void fillsTheReportsOfBothPipelinesWithWinsLossesRegressionsAndSlaBreaches() {
    JsonNode health = ApiClient.as(port, "zhangwei").get("/api/reports/process-health").body();

    JsonNode totals = health.path("totals");
    assertThat(totals.path("won").asLong()).isPositive();
    assertThat(totals.path("lost").asLong()).isPositive();
    assertThat(totals.path("regressed").asLong()).isPositive();
    assertThat(totals.path("slaRed").asLong()).isPositive();
    assertThat(health.path("stages").findValuesAsText("pipeline"))
        .contains("industrial-equipment-sales", "saas-subscription-sales");
    assertThat(health.path("stalled")).hasSize(5);
  }
}
