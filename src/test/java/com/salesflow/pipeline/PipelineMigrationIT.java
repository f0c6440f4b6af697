package com.salesflow.pipeline;

import static com.salesflow.testing.Deals.missingNames;
import static com.salesflow.testing.Deals.stageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import com.salesflow.testing.EngineDates;
import com.salesflow.testing.TestClock;
import com.salesflow.testing.TestPipelines;
import com.salesflow.testing.TestPipelines.StageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner changes a pipeline (a stricter criterion and a shorter SLA on one stage, one stage
 * renamed, one removed), previews how the running deals map onto the new version and moves those
 * that can. Version 1 is deployed on Monday 2 March 2026 at 09:00 Shanghai time, version 2 a day
 * later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PipelineMigrationIT {

  @LocalServerPort
  int port;

  ApiClient processOwner;
  TestClock clock;
  Deals deals;
  String key;

  @BeforeEach
  void versionOneWithADealInEachStage() {
    processOwner = ApiClient.as(port, "demo");
    clock = new TestClock(port);
    clock.set("2026-03-02T01:00:00Z");
    deals = new Deals(ApiClient.as(port, "lilei"));
    key = "migration-line-" + UUID.randomUUID().toString().substring(0, 8);
    TestPipelines.deployed(processOwner, key, List.of(
        new StageSpec("Task_Qualify", "资格确认", List.of("rating", "budget"), Map.of(
            "exitFields", "rating", "slaYellowDays", "2", "slaRedDays", "4")),
        new StageSpec("Task_Propose", "方案报价", List.of("offer"), Map.of("exitFields", "offer")),
        new StageSpec("Task_Close", "签约", List.of("signedOn"), Map.of())));
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void previewsAndMovesTheDealsWhoseStageStillExistsKeepingTheirHistory() {
    String inQualify = openIn(0);
    String inPropose = openIn(1);
    String inClose = openIn(2);
    clock.set("2026-03-03T01:00:00Z");
    TestPipelines.deployed(processOwner, key, List.of(
        new StageSpec("Task_Qualify", "资格确认", List.of("rating", "budget"), Map.of(
            "exitFields", "rating, budget", "slaYellowDays", "1", "slaRedDays", "2")),
        new StageSpec("Task_Offer", "报价", List.of("offer"), Map.of("exitFields", "offer"))));

    JsonNode preview = processOwner.get(
        "/api/process-versions/" + key + "/migration-preview").body();

    assertThat(preview.path("targetVersion").asInt()).isEqualTo(2);
    assertThat(preview.path("mappable").asInt()).isEqualTo(1);
    assertThat(preview.path("unmappable").asInt()).isEqualTo(2);
    JsonNode stages = preview.path("sources").get(0).path("stages");
    assertThat(stage(stages, "Task_Qualify").path("mappable").asBoolean()).isTrue();
    assertThat(stage(stages, "Task_Propose").path("opportunityIds").get(0).asText())
        .isEqualTo(inPropose);
    assertThat(stage(stages, "Task_Close").path("mappable").asBoolean()).isFalse();

    JsonNode report = processOwner.post("/api/process-versions/" + key + "/migrate", Map.of())
        .body();

    assertThat(texts(report.path("migrated"))).containsExactly(inQualify);
    assertThat(report.path("leftBehind").findValuesAsText("opportunityId"))
        .containsExactlyInAnyOrder(inPropose, inClose);
    JsonNode moved = deals.get(inQualify);
    assertThat(moved.path("pipelineVersion").asInt()).isEqualTo(2);
    assertThat(missingNames(moved)).containsExactly("rating", "budget");
    assertThat(moved.path("currentStage").path("redAt").asText()).startsWith("2026-03-04T01:00:00");
    assertThat(EngineDates.toSecond(redTimerDue(inQualify))).isEqualTo("2026-03-04T01:00:00Z");
    assertThat(moved.path("history")).hasSize(1);
    assertThat(moved.path("history").get(0).path("enteredAt").asText())
        .startsWith("2026-03-02T01:00:00");
    JsonNode stayed = deals.get(inPropose);
    assertThat(stayed.path("pipelineVersion").asInt()).isEqualTo(1);
    assertThat(stageOf(stayed)).isEqualTo("Task_Propose");
    assertThat(deals.get(inClose).path("pipelineVersion").asInt()).isEqualTo(1);
  }

  @Test
  void letsOnlyProcessOwnersPreviewOrMove() {
    ApiClient rep = ApiClient.as(port, "lilei");

    assertThat(rep.get("/api/process-versions/" + key + "/migration-preview").status())
        .isEqualTo(403);
    assertThat(rep.post("/api/process-versions/" + key + "/migrate", Map.of()).status())
        .isEqualTo(403);
    assertThat(processOwner.get("/api/process-versions/no-such-line/migration-preview").status())
        .isEqualTo(404);
  }

  private String openIn(int stage) {
    String id = deals.open(key, 100_000).path("id").asText();
    if (stage >= 1) {
      deals.fill(id, Map.of("rating", "A"));
      deals.advanced(id);
    }
    if (stage >= 2) {
      deals.fill(id, Map.of("offer", "标准报价"));
      deals.advanced(id);
    }
    return id;
  }

  private String redTimerDue(String opportunityId) {
    String instance = processOwner.get("/engine-rest/process-instance?maxResults=10&businessKey="
        + opportunityId).body().get(0).path("id").asText();
    for (JsonNode job : processOwner.get("/engine-rest/job?timers=true&processInstanceId="
        + instance + "&maxResults=10").body()) {
      JsonNode definition = processOwner.get("/engine-rest/job-definition/"
          + job.path("jobDefinitionId").asText()).body();
      if (definition.path("activityId").asText().equals("Timer_QualifyRed")) {
        return job.path("dueDate").asText();
      }
    }
    throw new AssertionError("no red timer for " + opportunityId);
  }

  private static JsonNode stage(JsonNode stages, String key) {
    for (JsonNode stage : stages) {
      if (stage.path("stageKey").asText().equals(key)) {
        return stage;
      }
    }
    throw new AssertionError("no stage " + key + " in " + stages);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
