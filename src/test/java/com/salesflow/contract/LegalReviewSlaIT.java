package com.salesflow.contract;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.Deals;
import com.salesflow.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Legal review has its own SLA of 2 working days; when it runs over, the head of legal (zhoujing)
 * hears of it once. The engine clock starts on Monday 2 March 2026, 09:00 in Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegalReviewSlaIT {

  private static final String MONDAY_0900 = "2026-03-02T01:00:00Z";
  private static final Duration FIRING = Duration.ofSeconds(20);

  @LocalServerPort
  int port;

  TestClock clock;
  ApiClient lilei;
  Deals deals;

  @BeforeEach
  void mondayMorning() {
    clock = new TestClock(port);
    clock.set(MONDAY_0900);
    lilei = ApiClient.as(port, "lilei");
    deals = new Deals(lilei);
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void escalatesALegalReviewOpenForMoreThanTwoWorkingDaysToTheHeadOfLegal() {
    JsonNode deal = deals.open(INDUSTRIAL, 900_000);
    String id = deal.path("id").asText();
    String customer = deal.path("customer").asText();
    deals.satisfyIndustrialStages(id, false);
    for (int stage = 0; stage < 3; stage++) {
      deals.advanced(id);
    }

    clock.set("2026-03-03T09:00:00Z");
    assertThat(inbox("zhoujing", customer)).isEmpty();
    clock.set("2026-03-04T01:00:05Z");
    await().atMost(FIRING).until(() -> inbox("zhoujing", customer).size() == 1);

    assertThat(inbox("zhoujing", customer).get(0)).startsWith("【超时】法务审核合同");
    assertThat(inbox("liufang", customer)).isEmpty();
    JsonNode waited = lilei.get("/api/opportunities/" + id + "/contract-review").body()
        .path("waitedMs");
    assertThat(waited.path("LEGAL_REVIEW").asLong())
        .isGreaterThanOrEqualTo(Duration.ofDays(2).toMillis());
    assertThat(waited.path("REWORK").asLong()).isZero();
  }

  private List<String> inbox(String user, String fragment) {
    List<String> subjects = new ArrayList<>();
    for (JsonNode entry : ApiClient.as(port, user).get("/api/inbox?limit=200").body()) {
      if (entry.path("body").asText().contains(fragment)) {
        subjects.add(entry.path("subject").asText());
      }
    }
    return subjects;
  }
}
