package com.salesflow.commitment;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A rep's promise to a customer is checked against the roadmap: within it the product director
 * confirms, beyond it the product director gives an opinion and the CTO countersigns; only an
 * approved commitment has a letter. Approvers work through engine REST, as Tasklist does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommitmentSignoffIT {

  private static final LocalDate PROMISED = LocalDate.now().plusMonths(3);

  @LocalServerPort
  int port;

  ApiClient lilei;
  ApiClient wangjun;
  ApiClient zhaoming;
  String capability;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
    wangjun = ApiClient.as(port, "wangjun");
    zhaoming = ApiClient.as(port, "zhaoming");
    capability = "AI 智能报表-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theProductDirectorConfirmsAPromiseWithinTheRoadmapAndOnlyThenIsThereALetter()
      throws IOException {
    plan(PROMISED.minusDays(20), "PLANNED");
    JsonNode submitted = submit(lilei, newDeal());
    String id = submitted.path("id").asText();
    String task = openTask(submitted, "Task_ConfirmCommitment");

    Reply letterBefore = lilei.get("/api/commitments/" + id + "/letter");
    claim(wangjun, "wangjun", task);
    Reply notAssignee = complete(lilei, task, "APPROVED", null);
    Reply approved = complete(wangjun, task, "APPROVED", "与 Q3 计划一致");

    assertThat(submitted.path("scope").asText()).isEqualTo("WITHIN_ROADMAP");
    assertThat(submitted.path("status").asText()).isEqualTo("PENDING");
    assertThat(submitted.path("currentTask").path("candidateGroups").toString())
        .contains("product-director");
    assertThat(letterBefore.status()).isEqualTo(409);
    assertThat(letterBefore.text("detail")).contains("PENDING").contains("approved");
    assertThat(notAssignee.status()).as(notAssignee.toString()).isEqualTo(403);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
    JsonNode commitment = lilei.get("/api/commitments/" + id).body();
    assertThat(commitment.path("status").asText()).isEqualTo("APPROVED");
    assertThat(commitment.path("currentTask").isMissingNode()).isTrue();
    assertThat(commitment.path("decisions").get(0).path("decidedBy").asText()).isEqualTo("wangjun");
    await().atMost(Duration.ofSeconds(20))
        .until(() -> inboxSubjects(lilei).contains("【承诺已批准】" + capability));
    String letter = letterText(id);
    assertThat(letter).contains("承诺函").contains(capability).contains(PROMISED.toString())
        .contains("王军（wangjun）").contains("批准");
  }

  @Test
  void aPromiseBeyondTheRoadmapNeedsTheProductOpinionAndTheCtosCountersignature()
      throws IOException {
    JsonNode submitted = submit(lilei, newDeal());
    String id = submitted.path("id").asText();

    String opinion = openTask(submitted, "Task_ProductOpinion");
    claim(wangjun, "wangjun", opinion);
    Reply opinionGiven = complete(wangjun, opinion, null, "可以做，但需要加派两名工程师");
    JsonNode afterOpinion = lilei.get("/api/commitments/" + id).body();
    String countersign = openTask(afterOpinion, "Task_CtoCountersign");
    claim(zhaoming, "zhaoming", countersign);
    Reply countersigned = complete(zhaoming, countersign, "APPROVED", null);

    assertThat(submitted.path("scope").asText()).isEqualTo("BEYOND_ROADMAP");
    assertThat(opinionGiven.status()).as(opinionGiven.toString()).isEqualTo(204);
    assertThat(afterOpinion.path("currentTask").path("candidateGroups").toString())
        .contains("cto");
    assertThat(countersigned.status()).as(countersigned.toString()).isEqualTo(204);
    JsonNode commitment = lilei.get("/api/commitments/" + id).body();
    assertThat(commitment.path("status").asText()).isEqualTo("APPROVED");
    assertThat(commitment.path("decisions").findValuesAsText("decision"))
        .containsExactly("DONE", "APPROVED");
    assertThat(letterText(id)).contains(capability).contains("wangjun").contains("zhaoming");
  }

  @Test
  void aCapabilityPlannedAfterThePromisedDateIsBeyondTheRoadmap() {
    plan(PROMISED.plusDays(1), "IN_PROGRESS");

    JsonNode submitted = submit(lilei, newDeal());

    assertThat(submitted.path("scope").asText()).isEqualTo("BEYOND_ROADMAP");
    assertThat(submitted.path("plannedRelease").asText())
        .isEqualTo(PROMISED.plusDays(1).toString());
    assertThat(submitted.path("currentTask").path("key").asText()).isEqualTo("Task_ProductOpinion");
  }

  @Test
  void aRejectionTellsTheRepWhyAndLeavesNoLetter() {
    plan(PROMISED, "PLANNED");
    String deal = newDeal();
    JsonNode submitted = submit(lilei, deal);
    String id = submitted.path("id").asText();
    String task = openTask(submitted, "Task_ConfirmCommitment");
    claim(wangjun, "wangjun", task);

    Reply noReason = complete(wangjun, task, "REJECTED", null);
    Reply rejected = complete(wangjun, task, "REJECTED", "该能力不对单个客户定制");

    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(204);
    JsonNode commitment = lilei.get("/api/commitments/" + id).body();
    assertThat(commitment.path("status").asText()).isEqualTo("REJECTED");
    assertThat(commitment.path("decisionComment").asText()).isEqualTo("该能力不对单个客户定制");
    await().atMost(Duration.ofSeconds(20)).until(() -> inboxBodies(lilei,
        "【承诺未获批准】" + capability).stream().anyMatch(b -> b.contains("该能力不对单个客户定制")));
    Reply letter = lilei.get("/api/commitments/" + id + "/letter");
    assertThat(letter.status()).isEqualTo(409);
    assertThat(letter.text("detail")).contains("REJECTED");
    assertThat(lilei.get("/api/commitments?opportunityId=" + deal).body().get(0).path("status")
        .asText()).isEqualTo("REJECTED");
  }

  @Test
  void onlyTheDealOwnerSubmitsAndBadInputIsRefusedNamingTheFieldsWithNothingWritten() {
    String deal = newDeal();

    Reply bad = lilei.post("/api/commitments", Map.of("opportunityId", deal,
        "promisedDate", LocalDate.now().minusDays(1).toString(), "description", "说明"));
    Reply badDate = lilei.post("/api/commitments", Map.of("opportunityId", deal,
        "capability", capability, "promisedDate", "明年", "description", "说明"));
    Reply unknownDeal = lilei.post("/api/commitments", request("no-such-deal"));
    Reply notOwner = ApiClient.as(port, "hanmeimei").post("/api/commitments", request(deal));

    assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
    assertThat(bad.body().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("capability", "promisedDate");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body().path("errors").findValuesAsText("field"))
        .containsExactly("promisedDate");
    assertThat(unknownDeal.status()).isEqualTo(404);
    assertThat(notOwner.status()).isEqualTo(404);
    assertThat(lilei.get("/api/commitments?opportunityId=" + deal).body()).isEmpty();
  }

  @Test
  void onlyTheProductDirectorPlansTheRoadmapAndAStaleEditIsRefused() {
    Reply byRep = lilei.send("PUT", path(), Map.of("plannedRelease", PROMISED.toString(),
        "status", "PLANNED"));
    Reply created = plan(PROMISED, "PLANNED");
    String etag = wangjun.get(path()).headers().getETag();
    Reply moved = wangjun.send("PUT", path(), Map.of("plannedRelease",
        PROMISED.plusDays(30).toString(), "status", "IN_PROGRESS"), etag);
    Reply stale = wangjun.send("PUT", path(), Map.of("plannedRelease", PROMISED.toString(),
        "status", "PLANNED"), etag);
    Reply noDate = wangjun.send("PUT", path(), Map.of("status", "PLANNED"));

    assertThat(byRep.status()).isEqualTo(403);
    assertThat(created.headers().getETag()).isEqualTo("\"0\"");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.headers().getETag()).isEqualTo("\"1\"");
    assertThat(stale.status()).isEqualTo(409);
    assertThat(noDate.body().path("errors").findValuesAsText("field"))
        .containsExactly("plannedRelease");
    assertThat(wangjun.get(path()).body().path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(lilei.get("/api/roadmap").body().findValuesAsText("capability"))
        .contains(capability);
  }

  private Reply plan(LocalDate release, String status) {
    Reply reply = wangjun.send("PUT", path(), Map.of("plannedRelease", release.toString(),
        "status", status));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply;
  }

  private String path() {
    return "/api/roadmap/" + capability;
  }

  private String newDeal() {
    return new Deals(lilei).open(INDUSTRIAL, 3_000_000).path("id").asText();
  }

  private Map<String, Object> request(String deal) {
    return Map.of("opportunityId", deal, "capability", capability,
        "promisedDate", PROMISED.toString(), "description", "客户要求上线前提供 AI 报表");
  }

  private JsonNode submit(ApiClient rep, String deal) {
    Reply reply = rep.post("/api/commitments", request(deal));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.body();
  }

  /** The commitment's open task as engine REST lists it, checked to be {@code taskKey}. */
  private String openTask(JsonNode commitment, String taskKey) {
    Reply reply = ApiClient.as(port, "demo").get("/engine-rest/task?processInstanceId="
        + commitment.path("processInstanceId").asText() + "&maxResults=10");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.body()).hasSize(1);
    assertThat(reply.body().get(0).path("taskDefinitionKey").asText()).isEqualTo(taskKey);
    return reply.body().get(0).path("id").asText();
  }

  private static void claim(ApiClient user, String userId, String task) {
    Reply claimed = user.post("/engine-rest/task/" + task + "/claim", Map.of("userId", userId));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
  }

  private static Reply complete(ApiClient user, String task, String decision, String comment) {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (decision != null) {
      variables.put("decision", Map.of("value", decision));
    }
    if (comment != null) {
      variables.put("decisionComment", Map.of("value", comment));
    }
    return user.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
  }

  private String letterText(String id) throws IOException {
    Reply head = lilei.get("/api/commitments/" + id + "/letter");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.headers().getFirst("Content-Disposition")).startsWith("attachment");
    assertThat(head.headers().getContentType().toString()).isEqualTo("application/pdf");
    byte[] pdf = lilei.download("/api/commitments/" + id + "/letter");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static List<String> inboxSubjects(ApiClient user) {
    return user.get("/api/inbox?limit=200").body().findValuesAsText("subject");
  }

  private static List<String> inboxBodies(ApiClient user, String subject) {
    List<String> bodies = new ArrayList<>();
    for (JsonNode entry : user.get("/api/inbox?limit=200").body()) {
      if (entry.path("subject").asText().equals(subject)) {
        bodies.add(entry.path("body").asText());
      }
    }
    return bodies;
  }
}
