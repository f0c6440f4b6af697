package com.salesflow.contract;

import static com.salesflow.testing.ContractReviewSteps.CONTRACT_STAGE;
import static com.salesflow.testing.ContractReviewSteps.LEGAL;
import static com.salesflow.testing.ContractReviewSteps.LEGAL_REVIEW;
import static com.salesflow.testing.ContractReviewSteps.PREPARE_SIGNATURE;
import static com.salesflow.testing.ContractReviewSteps.REVISE_CONTRACT;
import static com.salesflow.testing.Deals.INDUSTRIAL;
import static com.salesflow.testing.Deals.missingNames;
import static com.salesflow.testing.Deals.stageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.ContractReviewSteps;
import com.salesflow.testing.Deals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Entering 合同谈判 starts the legal contract review beside the e-signature preparation; the deal
 * may leave the stage only when both are done, on our API and on engine REST alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContractReviewIT {

  @LocalServerPort
  int port;

  ApiClient lilei;
  Deals deals;
  ContractReviewSteps review;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
    deals = new Deals(lilei);
    review = new ContractReviewSteps(port, "lilei");
  }

  @Test
  void startsLegalReviewAndSignaturePreparationWhenTheDealEntersContractNegotiation() {
    String id = dealInContractNegotiation();

    JsonNode state = contractReview(id);

    assertThat(state.path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(state.path("openTasks").findValuesAsText("key"))
        .containsExactlyInAnyOrder(LEGAL_REVIEW, PREPARE_SIGNATURE);
    assertThat(state.path("spans").findValuesAsText("branch"))
        .containsExactlyInAnyOrder("LEGAL_REVIEW", "SIGNATURE");
  }

  @Test
  void refusesToLeaveContractNegotiationUntilLegalApprovedAndSignatureIsReady() {
    String id = dealInContractNegotiation();

    Reply refused = deals.advance(id);
    assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
    assertThat(missingNames(refused.body())).containsExactly("contract-review");
    assertThat(refused.text("detail")).contains("合同审核", "法务审核合同", "准备电子签章");
    Reply engineRefused = lilei.post("/engine-rest/task/" + stageTask(id) + "/complete", Map.of());
    assertThat(engineRefused.status()).as(engineRefused.toString()).isEqualTo(400);
    assertThat(engineRefused.text("message")).contains("合同审核", "法务审核合同");

    review.uploadDraft(id);
    review.legalDecides(id, "APPROVED", null);
    Reply stillRefused = deals.advance(id);
    assertThat(stillRefused.status()).isEqualTo(422);
    assertThat(stillRefused.text("detail")).contains("准备电子签章").doesNotContain("法务审核合同");

    review.complete("lilei", review.openTask(id, PREPARE_SIGNATURE), Map.of());
    JsonNode advanced = deals.advanced(id);
    assertThat(stageOf(advanced)).isEqualTo("Task_PaymentScheduling");
    assertThat(contractReview(id).path("status").asText()).isEqualTo("APPROVED");
    assertThat(lilei.get("/api/approvals?businessKey=" + id).body().findValuesAsText("taskKey"))
        .contains(LEGAL_REVIEW, PREPARE_SIGNATURE);
  }

  @Test
  void refusesALegalDecisionWhileNoContractDraftWasUploaded() {
    String id = dealInContractNegotiation();
    String task = review.openTask(id, LEGAL_REVIEW);
    review.claim(LEGAL, task);

    Reply refused = review.complete(LEGAL, task, Map.of("decision", "APPROVED"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains("contract-draft");
    assertThat(review.openTask(id, LEGAL_REVIEW)).isEqualTo(task);
  }

  @Test
  void sendsTheContractBackWithCommentsAndReviewsTheRevisedVersion() {
    String id = dealInContractNegotiation();
    review.uploadDraft(id);
    String task = review.openTask(id, LEGAL_REVIEW);
    review.claim(LEGAL, task);
    Reply noComment = review.complete(LEGAL, task, Map.of("decision", "RETURNED"));
    assertThat(noComment.status()).as(noComment.toString()).isEqualTo(400);
    assertThat(review.complete(LEGAL, task, Map.of("decision", "RETURNED",
        "decisionComment", "违约责任条款需对等")).status()).isEqualTo(204);

    String rework = review.openTask(id, REVISE_CONTRACT);
    Reply notRevised = review.complete("lilei", rework, Map.of());
    assertThat(notRevised.status()).as(notRevised.toString()).isEqualTo(400);
    assertThat(notRevised.text("message")).contains("contract-draft", "第 1 版");
    assertThat(review.uploadDraft(id).path("version").asInt()).isEqualTo(2);
    assertThat(review.complete("lilei", rework, Map.of()).status()).isEqualTo(204);
    review.legalDecides(id, "APPROVED", null);
    review.complete("lilei", review.openTask(id, PREPARE_SIGNATURE), Map.of());

    JsonNode state = contractReview(id);
    assertThat(state.path("status").asText()).isEqualTo("APPROVED");
    assertThat(state.path("contractVersions").findValuesAsText("version"))
        .containsExactly("1", "2");
    assertThat(state.path("spans").findValuesAsText("branch")).containsExactlyInAnyOrder(
        "LEGAL_REVIEW", "SIGNATURE", "REWORK", "LEGAL_REVIEW");
    assertThat(state.path("spans").findValues("endedAt")).allMatch(ended -> !ended.isNull());
    assertThat(decisions(id)).containsExactlyInAnyOrder("RETURNED", "DONE", "APPROVED", "DONE");
    assertThat(stageOf(deals.advanced(id))).isEqualTo("Task_PaymentScheduling");
  }

  @Test
  void startsAFreshReviewWhenTheDealComesBackToContractNegotiation() {
    String id = dealInContractNegotiation();
    review.approve(id);
    deals.advanced(id);

    Reply back = lilei.post("/api/opportunities/" + id + "/regress",
        Map.of("toStage", CONTRACT_STAGE, "reason", "客户要求调整付款条件"));

    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(contractReview(id).path("status").asText()).isEqualTo("IN_REVIEW");
    assertThat(deals.advance(id).status()).isEqualTo(422);
  }

  private String dealInContractNegotiation() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    deals.satisfyIndustrialStages(id, false);
    for (int stage = 0; stage < 3; stage++) {
      deals.advanced(id);
    }
    assertThat(stageOf(deals.get(id))).isEqualTo(CONTRACT_STAGE);
    return id;
  }

  private JsonNode contractReview(String id) {
    Reply reply = lilei.get("/api/opportunities/" + id + "/contract-review");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.body();
  }

  private String stageTask(String id) {
    Reply tasks = lilei.get("/engine-rest/task?maxResults=10&processDefinitionKey=" + INDUSTRIAL
        + "&processInstanceBusinessKey=" + id);
    assertThat(tasks.body()).as(tasks.toString()).hasSize(1);
    return tasks.body().get(0).path("id").asText();
  }

  private List<String> decisions(String id) {
    List<String> decisions = new ArrayList<>();
    lilei.get("/api/approvals?businessKey=" + id).body()
        .forEach(d -> decisions.add(d.path("decision").asText()));
    return decisions;
  }
}
