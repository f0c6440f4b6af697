package com.salesflow.pipeline;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static com.salesflow.testing.Deals.SAAS;
import static com.salesflow.testing.Deals.missingNames;
import static com.salesflow.testing.Deals.stageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.ContractReviewSteps;
import com.salesflow.testing.Deals;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The stage gates as a rep meets them through Salesflow's API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StageGateApiIT {

  @LocalServerPort
  int port;

  ApiClient lilei;
  Deals deals;
  ContractReviewSteps contractReview;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
    deals = new Deals(lilei);
    contractReview = new ContractReviewSteps(port, "lilei");
  }

  @Test
  void opensADealInTheFirstStageOwnedByTheCaller() {
    JsonNode deal = deals.open(INDUSTRIAL, 800_000);

    assertThat(deal.path("owner").asText()).isEqualTo("lilei");
    assertThat(deal.path("status").asText()).isEqualTo("OPEN");
    assertThat(stageOf(deal)).isEqualTo("Task_TechnicalEvaluation");
    assertThat(deal.path("currentStage").path("name").asText()).isEqualTo("技术评估");
    assertThat(deal.path("history")).hasSize(1);
  }

  @Test
  void refusesToLeaveTechnicalEvaluationWithAnEmptyFormAndNamesEveryMissingField() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();

    Reply refused = deals.advance(id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("stage")).isEqualTo("Task_TechnicalEvaluation");
    assertThat(missingNames(refused.body()))
        .containsExactly("technicalRequirements", "proposedSolution", "technicalContact");
    assertThat(refused.text("detail")).contains("客户技术需求");
    JsonNode unchanged = deals.get(id);
    assertThat(stageOf(unchanged)).isEqualTo("Task_TechnicalEvaluation");
    assertThat(unchanged.path("history")).hasSize(1);
    assertThat(unchanged.path("history").get(0).has("leftAt")).isFalse();
  }

  @Test
  void refusesToLeaveBudgetApprovalWithoutThePurchaseIntentLetter() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    deals.fill(id, Deals.INDUSTRIAL_STAGE_FIELDS);
    deals.advanced(id);

    Reply refused = deals.advance(id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("missing")).hasSize(1);
    assertThat(refused.body().path("missing").get(0).path("type").asText())
        .isEqualTo("attachment");
    assertThat(missingNames(refused.body())).containsExactly("purchase-intent-letter");

    deals.attach(id, "purchase-intent-letter");
    assertThat(stageOf(deals.advanced(id))).isEqualTo("Task_PrototypeTesting");
  }

  @Test
  void prototypeTestingNeedsTestDateParticipantsAndFeedback() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    deals.fill(id, Map.of("technicalRequirements", "需求", "proposedSolution", "方案",
        "technicalContact", "王工", "budgetAmount", 700_000, "expectedDecisionDate", "2027-01-10"));
    deals.attach(id, "purchase-intent-letter");
    deals.advanced(id);
    deals.advanced(id);

    Reply refused = deals.advance(id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(missingNames(refused.body()))
        .containsExactly("testDate", "customerParticipants", "feedbackIssues");
  }

  @Test
  void aDealOverFiveMillionNeedsTheBigDealFieldsFromBudgetApprovalOn() {
    String id = deals.open(INDUSTRIAL, 6_000_000).path("id").asText();
    deals.fill(id, Deals.INDUSTRIAL_STAGE_FIELDS);
    deals.attach(id, "purchase-intent-letter");
    assertThat(stageOf(deals.advanced(id))).isEqualTo("Task_BudgetApproval");

    Reply refused = deals.advance(id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(missingNames(refused.body())).containsExactly(
        "customerApprovalStage", "freezeRiskLevel", "alternativePlanReadiness");
    deals.fill(id, Deals.BIG_DEAL_FIELDS);
    assertThat(stageOf(deals.advanced(id))).isEqualTo("Task_PrototypeTesting");
  }

  @Test
  void aDealOfFiveMillionOrLessIsNotAskedForTheBigDealFields() {
    String id = deals.open(INDUSTRIAL, 5_000_000).path("id").asText();
    deals.satisfyIndustrialStages(id, false);

    deals.advanced(id);

    assertThat(stageOf(deals.advanced(id))).isEqualTo("Task_PrototypeTesting");
  }

  @Test
  void isWonWhenTheLastStageCompletesWithOneHistoryRowPerStage() {
    String id = deals.open(INDUSTRIAL, 6_500_000).path("id").asText();
    deals.satisfyIndustrialStages(id, true);

    JsonNode deal = null;
    for (int stage = 0; stage < 5; stage++) {
      if (ContractReviewSteps.CONTRACT_STAGE.equals(stageOf(deals.get(id)))) {
        contractReview.approve(id);
      }
      deal = deals.advanced(id);
    }

    assertThat(deal.path("status").asText()).isEqualTo("WON");
    assertThat(deal.path("currentStage").isMissingNode()).isTrue();
    JsonNode history = deal.path("history");
    assertThat(history).hasSize(5);
    assertThat(history.findValuesAsText("stageKey")).containsExactly("Task_TechnicalEvaluation",
        "Task_BudgetApproval", "Task_PrototypeTesting", "Task_ContractNegotiation",
        "Task_PaymentScheduling");
    assertThat(history.findValuesAsText("outcome"))
        .containsExactly("ADVANCED", "ADVANCED", "ADVANCED", "ADVANCED", "WON");
    assertThat(history.findValuesAsText("leftBy")).containsOnly("lilei");
    assertThat(deals.advance(id).status()).isEqualTo(409);
  }

  @Test
  void goesBackToAnEarlierStageWithItsReasonInTheHistory() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    deals.satisfyIndustrialStages(id, false);
    deals.advanced(id);
    deals.advanced(id);

    Reply back = lilei.post("/api/opportunities/" + id + "/regress",
        Map.of("toStage", "Task_TechnicalEvaluation", "reason", "客户更换了技术负责人，需重新评估"));

    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(stageOf(back.body())).isEqualTo("Task_TechnicalEvaluation");
    JsonNode history = back.body().path("history");
    assertThat(history.findValuesAsText("outcome"))
        .containsExactly("ADVANCED", "ADVANCED", "REGRESSED");
    assertThat(history.get(2).path("stageKey").asText()).isEqualTo("Task_PrototypeTesting");
    assertThat(history.get(2).path("reason").asText()).isEqualTo("客户更换了技术负责人，需重新评估");
    assertThat(history.get(3).path("stageKey").asText()).isEqualTo("Task_TechnicalEvaluation");
    assertThat(history.get(3).has("leftAt")).isFalse();
  }

  @Test
  void refusesToGoBackWithoutAReasonOrToAStageThatIsNotEarlier() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    deals.satisfyIndustrialStages(id, false);
    deals.advanced(id);

    Reply noReason = lilei.post("/api/opportunities/" + id + "/regress",
        Map.of("toStage", "Task_TechnicalEvaluation"));
    Reply forward = lilei.post("/api/opportunities/" + id + "/regress",
        Map.of("toStage", "Task_ContractNegotiation", "reason", "跳过"));
    Reply unknown = lilei.post("/api/opportunities/" + id + "/regress",
        Map.of("toStage", "Task_Nowhere", "reason", "跳过"));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().path("errors").findValuesAsText("field")).containsExactly("reason");
    assertThat(forward.status()).isEqualTo(400);
    assertThat(forward.body().path("errors").findValuesAsText("field"))
        .containsExactly("toStage");
    assertThat(unknown.status()).isEqualTo(400);
    JsonNode unchanged = deals.get(id);
    assertThat(stageOf(unchanged)).isEqualTo("Task_BudgetApproval");
    assertThat(unchanged.path("history")).hasSize(2);
  }

  @Test
  void isLostWithItsReasonAtAnyStageAndThenRefusesChanges() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    deals.fill(id, Deals.INDUSTRIAL_STAGE_FIELDS);
    deals.advanced(id);

    assertThat(lilei.post("/api/opportunities/" + id + "/lose", Map.of()).status())
        .isEqualTo(400);
    Reply lost = lilei.post("/api/opportunities/" + id + "/lose",
        Map.of("reason", "客户选择了竞品，价格低 15%"));

    assertThat(lost.status()).isEqualTo(200);
    assertThat(lost.text("status")).isEqualTo("LOST");
    assertThat(lost.text("closedReason")).isEqualTo("客户选择了竞品，价格低 15%");
    assertThat(lost.body().path("history").findValuesAsText("outcome"))
        .containsExactly("ADVANCED", "LOST");
    assertThat(deals.advance(id).status()).isEqualTo(409);
    assertThat(lilei.patch("/api/opportunities/" + id + "/fields",
        Map.of("testDate", "2027-01-01"), null).status()).isEqualTo(409);
  }

  @Test
  void theSecondProductLineRunsWithItsOwnStagesAndGates() {
    String id = deals.open(SAAS, 120_000).path("id").asText();
    assertThat(stageOf(deals.get(id))).isEqualTo("Task_RequirementConfirmation");

    Reply refused = deals.advance(id);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(missingNames(refused.body()))
        .containsExactly("businessNeeds", "decisionMaker", "seatCount");
    deals.fill(id, Map.of("businessNeeds", "销售团队移动办公", "decisionMaker", "销售副总裁",
        "seatCount", 80));
    assertThat(stageOf(deals.advanced(id))).isEqualTo("Task_SolutionDemo");
  }
}
