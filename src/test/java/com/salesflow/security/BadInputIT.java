package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/**
 * Input meant to do more than it says: markup, SQL, expressions, replays and malformed diagrams.
 * Each is either kept as the plain text it is or refused with an error naming what is wrong, and
 * nothing else is written. Wrong types and missing fields are tried where each API is tested
 * (for example {@code OpportunityApiIT}), oversized and disguised uploads in {@code UploadIT},
 * scripts and external entities in diagrams in {@code DeploymentGuardIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputIT {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMAGE = "<img src=x onerror=alert(1)>";
  private static final String EXPRESSION = "${execution.setVariable('owner', 'mallory')}";

  @LocalServerPort
  int port;

  ApiClient lilei;
  ApiClient admin;
  Deals deals;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
    admin = ApiClient.as(port, "demo");
    deals = new Deals(lilei);
  }

  @Test
  void keepsMarkupInNamesFieldsAndReasonsAsPlainText() {
    Reply opened = lilei.post("/api/opportunities", Map.of("customer", SCRIPT, "title", IMAGE,
        "amount", 100_000, "pipeline", Deals.INDUSTRIAL));
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    String id = opened.text("id");

    lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("technicalRequirements", SCRIPT), null);
    Reply request = lilei.post("/api/opportunities/" + id + "/requests",
        Map.of("type", "custom-development", "description", IMAGE));
    Reply lost = lilei.post("/api/opportunities/" + id + "/lose", Map.of("reason", SCRIPT));

    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
    Reply deal = lilei.get("/api/opportunities/" + id);
    assertThat(deal.headers().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(deal.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(deal.text("customer")).isEqualTo(SCRIPT);
    assertThat(deal.text("title")).isEqualTo(IMAGE);
    assertThat(deal.text("closedReason")).isEqualTo(SCRIPT);
    assertThat(lilei.get("/api/opportunities/" + id + "/requests").body().get(0)
        .path("description").asText()).isEqualTo(IMAGE);
  }

  @Test
  void treatsSqlInFiltersAsPlainValues() {
    long before = admin.get("/api/opportunities").body().path("total").asLong();

    Reply byPipeline = admin.get("/api/opportunities?pipeline=x' OR '1'='1");
    Reply byStage = admin.get("/api/opportunities?stage=x'; drop table opportunity; --");
    Reply byOwner = admin.get("/api/opportunities?owner=lilei' OR 1=1 --");
    Reply leads = admin.get("/api/leads?owner=' UNION SELECT password_ FROM act_id_user --");
    Reply reps = lilei.get("/api/opportunities?owner=x' OR '1'='1");
    Reply sorted = lilei.get("/engine-rest/task?sortBy=name;drop table act_ru_task&sortOrder=asc"
        + "&maxResults=10");

    assertThat(byPipeline.body().path("total").asLong()).as(byPipeline.toString()).isZero();
    assertThat(byStage.body().path("total").asLong()).as(byStage.toString()).isZero();
    assertThat(byOwner.body().path("total").asLong()).as(byOwner.toString()).isZero();
    assertThat(leads.status()).isEqualTo(200);
    assertThat(leads.body()).isEmpty();
    assertThat(reps.status()).as(reps.toString()).isEqualTo(403);
    assertThat(sorted.status()).as(sorted.toString()).isEqualTo(400);
    assertThat(sorted.text("message")).contains("sortBy");
    assertThat(admin.get("/api/opportunities").body().path("total").asLong()).isEqualTo(before);
  }

  @Test
  void neverEvaluatesAnExpressionSentAsAValue() {
    String id = deals.open(Deals.INDUSTRIAL, 200_000).path("id").asText();

    Reply saved = lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("technicalRequirements", EXPRESSION, "proposedSolution", "#{owner}"), null);
    Reply advanced = lilei.post("/api/opportunities/" + id + "/advance", Map.of());

    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(advanced.status()).as(advanced.toString()).isEqualTo(422);
    JsonNode deal = deals.get(id);
    assertThat(deal.path("fields").path("technicalRequirements").asText()).isEqualTo(EXPRESSION);
    assertThat(deal.path("fields").path("proposedSolution").asText()).isEqualTo("#{owner}");
    assertThat(deal.path("owner").asText()).isEqualTo("lilei");
  }

  @Test
  void answersAReplayedStageCompletionWithNotFoundAndRecordsTheStageOnce() {
    String id = deals.open(Deals.INDUSTRIAL, 300_000).path("id").asText();
    deals.fill(id, Deals.INDUSTRIAL_STAGE_FIELDS);
    String task = lilei.get("/engine-rest/task?processInstanceBusinessKey=" + id
        + "&maxResults=1").body().get(0).path("id").asText();

    Reply first = lilei.post("/engine-rest/task/" + task + "/complete", Map.of());
    Reply replay = lilei.post("/engine-rest/task/" + task + "/complete", Map.of());

    assertThat(first.status()).as(first.toString()).isEqualTo(204);
    assertThat(replay.status()).as(replay.toString()).isIn(404, 409);
    JsonNode history = deals.get(id).path("history");
    assertThat(history.findValuesAsText("stageKey"))
        .containsExactly("Task_TechnicalEvaluation", "Task_BudgetApproval");
  }

  @Test
  void answersReplayedLeadStepsWithConflictAndOpensOneDeal() {
    Reply received = lilei.post("/api/leads", Map.of("customer", "重放客户-" + UUID.randomUUID(),
        "contact", "孙经理", "source", "官网"));
    String lead = received.text("id");
    long dealsBefore = lilei.get("/api/opportunities?owner=lilei").body().path("total").asLong();

    Reply contacted = lilei.post("/api/leads/" + lead + "/first-contact", Map.of("note", "已联系"));
    Reply contactedAgain = lilei.post("/api/leads/" + lead + "/first-contact",
        Map.of("note", "已联系"));
    Map<String, Object> conversion = Map.of("pipeline", Deals.INDUSTRIAL, "amount", 100_000);
    Reply converted = lilei.post("/api/leads/" + lead + "/convert", conversion);
    Reply convertedAgain = lilei.post("/api/leads/" + lead + "/convert", conversion);

    assertThat(contacted.status()).as(contacted.toString()).isEqualTo(200);
    assertThat(contactedAgain.status()).as(contactedAgain.toString()).isEqualTo(409);
    assertThat(converted.status()).as(converted.toString()).isEqualTo(201);
    assertThat(convertedAgain.status()).as(convertedAgain.toString()).isEqualTo(409);
    assertThat(convertedAgain.text("detail")).contains("CONVERTED");
    assertThat(lilei.get("/api/opportunities?owner=lilei").body().path("total").asLong())
        .isEqualTo(dealsBefore + 1);
  }

  @Test
  void opensOneDealForARepeatedPostWithTheSameIdempotencyKey() {
    String key = "open-" + UUID.randomUUID();
    Map<String, Object> deal = Map.of("customer", "重试客户", "title", "重试商机",
        "amount", 100_000, "pipeline", Deals.INDUSTRIAL);
    long before = lilei.get("/api/opportunities?owner=lilei").body().path("total").asLong();

    Reply first = lilei.postOnce("/api/opportunities", deal, key);
    Reply replay = lilei.postOnce("/api/opportunities", deal, key);
    Reply otherRequest = lilei.postOnce("/api/leads", Map.of("customer", "甲", "contact", "乙",
        "source", "官网"), key);
    Reply badKey = lilei.postOnce("/api/opportunities", deal, "has spaces");
    Reply otherCaller = ApiClient.as(port, "hanmeimei").postOnce("/api/opportunities", deal, key);

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(replay.status()).as(replay.toString()).isEqualTo(409);
    assertThat(replay.headers().getLocation()).isEqualTo(first.headers().getLocation());
    assertThat(otherRequest.status()).as(otherRequest.toString()).isEqualTo(422);
    assertThat(badKey.status()).as(badKey.toString()).isEqualTo(400);
    assertThat(badKey.text("detail")).contains("Idempotency-Key");
    assertThat(otherCaller.status()).as(otherCaller.toString()).isEqualTo(201);
    assertThat(lilei.get("/api/opportunities?owner=lilei").body().path("total").asLong())
        .isEqualTo(before + 1);
  }

  @Test
  void freesTheKeyOfAFailedPostForItsRetry() {
    String key = "retry-" + UUID.randomUUID();

    Reply refused = lilei.postOnce("/api/opportunities", Map.of("customer", "甲", "title", "乙",
        "amount", 100_000, "pipeline", "no-such-pipeline"), key);
    Reply retried = lilei.postOnce("/api/opportunities", Map.of("customer", "甲", "title", "乙",
        "amount", 100_000, "pipeline", Deals.INDUSTRIAL), key);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
  }

  @Test
  void refusesADiagramThatIsNotWellFormedAndDeploysNothing() {
    String name = "malformed-" + UUID.randomUUID().toString().substring(0, 8);

    Reply refused = admin.multipart("/engine-rest/deployment/create", Map.of(
        "deployment-name", name,
        "diagram", ApiClient.file(name + ".bpmn", "<bpmn:definitions><bpmn:process id=")));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).isNotBlank();
    assertThat(admin.get("/engine-rest/deployment/count?name=" + name).body().path("count")
        .asLong()).isZero();
  }
}
