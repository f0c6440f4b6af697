package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import com.salesflow.testing.TestClock;
import com.salesflow.testing.TestPipelines;
import com.salesflow.testing.TestPipelines.StageSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One week of three deals on a pipeline of its own, so that other tests' deals never count:
 * lilei's A and B and hanmeimei's C enter 筛选 on Monday 2026-09-07 09:00 (Shanghai); on Wednesday,
 * both red by then, A and B advance to 方案; on Friday A goes back to 筛选 and C is lost.
 */
final class ReportScenario {

  static final String MONDAY = "2026-09-07T01:00:00Z";
  static final String WEDNESDAY = "2026-09-09T01:00:00Z";
  static final String FRIDAY = "2026-09-11T01:00:00Z";
  static final String NEXT_MONDAY = "2026-09-14T01:00:00Z";
  static final String QUALIFY = "Task_Qualify";
  static final String PROPOSE = "Task_Propose";

  final String pipeline = "insight-" + UUID.randomUUID().toString().substring(0, 8);
  final String dealA;
  final String dealB;
  final String dealC;

  private final ApiClient lilei;
  private final ApiClient admin;

  ReportScenario(int port) {
    TestClock clock = new TestClock(port);
    lilei = ApiClient.as(port, "lilei");
    admin = ApiClient.as(port, "demo");
    ApiClient hanmeimei = ApiClient.as(port, "hanmeimei");
    TestPipelines.deployed(admin, pipeline, List.of(
        new StageSpec(QUALIFY, "筛选", List.of(), Map.of("slaYellowDays", "1", "slaRedDays", "2")),
        new StageSpec(PROPOSE, "方案", List.of(), Map.of()),
        new StageSpec("Task_Close", "成交", List.of(), Map.of())));
    clock.set(MONDAY);
    dealA = new Deals(lilei).open(pipeline, 100_000).path("id").asText();
    dealB = new Deals(lilei).open(pipeline, 500_000).path("id").asText();
    dealC = new Deals(hanmeimei).open(pipeline, 300_000).path("id").asText();
    clock.set(WEDNESDAY);
    awaitRed(dealA);
    awaitRed(dealB);
    new Deals(lilei).advanced(dealA);
    new Deals(lilei).advanced(dealB);
    clock.set(FRIDAY);
    ok(lilei.post("/api/opportunities/" + dealA + "/regress",
        Map.of("toStage", QUALIFY, "reason", "客户需求变更")));
    awaitRed(dealC);
    ok(hanmeimei.post("/api/opportunities/" + dealC + "/lose", Map.of("reason", "预算取消")));
    clock.set(NEXT_MONDAY);
  }

  String query() {
    return "from=2026-09-07&to=2026-09-13&pipeline=" + pipeline;
  }

  private void awaitRed(String deal) {
    await().atMost(Duration.ofSeconds(20)).until(() -> "RED".equals(
        admin.get("/api/opportunities/" + deal).body().path("currentStage").path("slaLevel")
            .asText()));
  }

  private static void ok(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }
}
