package com.salesflow.pipeline;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static com.salesflow.testing.Deals.stageOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.ContractReviewSteps;
import com.salesflow.testing.Deals;
import com.salesflow.testing.FormSubmission;
import com.salesflow.testing.TasklistSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The stage gate holds when a stage task is completed outside Salesflow's API: through Camunda's
 * engine REST API and through the REST calls Tasklist makes when a rep submits a form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestGateIT {

  @LocalServerPort
  int port;

  ApiClient lilei;
  Deals deals;

  @BeforeEach
  void logIn() {
    lilei = ApiClient.as(port, "lilei");
    deals = new Deals(lilei);
  }

  @Test
  void refusesToCompleteAStageTaskWhoseGateIsNotMetWith400NamingTheMissingFields() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    String taskId = stageTaskId(id);

    Reply refused = lilei.post("/engine-rest/task/" + taskId + "/complete", Map.of());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("message"))
        .contains("technicalRequirements", "proposedSolution", "technicalContact");
    assertThat(lilei.get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    assertThat(deals.get(id).path("history")).hasSize(1);
  }

  @Test
  void refusesASubmittedFormThatLeavesFieldsEmptyAndKeepsNoneOfItsValues() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    String taskId = stageTaskId(id);

    Reply refused = lilei.post("/engine-rest/task/" + taskId + "/submit-form",
        FormSubmission.of(Map.of("technicalRequirements", "五轴")));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("message")).contains("proposedSolution", "technicalContact")
        .doesNotContain("technicalRequirements");
    assertThat(deals.get(id).path("fields").has("technicalRequirements")).isFalse();
  }

  @Test
  void advancesTheDealWhenTheSubmittedFormMeetsTheGate() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();

    Reply done = lilei.post("/engine-rest/task/" + stageTaskId(id) + "/submit-form",
        FormSubmission.of(Map.of("technicalRequirements", "五轴", "proposedSolution", "VMC-850",
            "technicalContact", "王工")));

    assertThat(done.status()).as(done.toString()).isEqualTo(204);
    assertThat(stageOf(deals.get(id))).isEqualTo("Task_BudgetApproval");
  }

  @Test
  void refusesAFormSubmittedFromTasklistUntilTheGateIsMet() {
    String id = deals.open(INDUSTRIAL, 800_000).path("id").asText();
    String taskId = stageTaskId(id);
    TasklistSession tasklist = TasklistSession.logIn(port, "lilei", "demo");

    Reply refused = tasklist.submitForm(taskId, Map.of("technicalContact", "王工"));
    Reply accepted = tasklist.submitForm(taskId, Map.of("technicalRequirements", "五轴",
        "proposedSolution", "VMC-850", "technicalContact", "王工"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("message")).contains("technicalRequirements");
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
    assertThat(stageOf(deals.get(id))).isEqualTo("Task_BudgetApproval");
  }

  @Test
  void opensADealOwnedByTheRepWhoStartsThePipelineFromTasklist() {
    TasklistSession tasklist = TasklistSession.logIn(port, "hanmeimei", "demo");

    Reply started = tasklist.startProcess(INDUSTRIAL,
        Map.of("customer", "华南汽配", "title", "冲压线改造", "amount", 1_200_000));

    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    JsonNode deal = new Deals(ApiClient.as(port, "hanmeimei")).get(started.text("businessKey"));
    assertThat(deal.path("owner").asText()).isEqualTo("hanmeimei");
    assertThat(deal.path("customer").asText()).isEqualTo("华南汽配");
    assertThat(stageOf(deal)).isEqualTo("Task_TechnicalEvaluation");
  }

  @Test
  void refusesATasklistStartFormWithoutAnAmountAndOpensNoDeal() {
    TasklistSession tasklist = TasklistSession.logIn(port, "hanmeimei", "demo");
    long before = lilei.get("/api/opportunities?owner=hanmeimei").body().path("total").asLong();

    Reply refused = tasklist.startProcess(INDUSTRIAL, Map.of("customer", "华南汽配",
        "title", "冲压线改造"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.text("message")).contains("amount");
    assertThat(lilei.get("/api/opportunities?owner=hanmeimei").body().path("total").asLong())
        .isEqualTo(before);
  }

  @Test
  void showsEveryStageItsOwnFormWithEveryFieldItsGateAsksFor() {
    String id = deals.open(INDUSTRIAL, 6_000_000).path("id").asText();
    deals.satisfyIndustrialStages(id, true);
    JsonNode stages = pipeline(INDUSTRIAL).path("stages");

    for (JsonNode stage : stages) {
      Reply form = lilei.get("/engine-rest/task/" + stageTaskId(id) + "/deployed-form");
      assertThat(form.status()).as(stage.path("key").asText()).isEqualTo(200);
      assertThat(form.body().path("components").findValuesAsText("key"))
          .as("form of " + stage.path("key").asText())
          .containsAll(textsOf(stage.path("exitFields")));
      if (ContractReviewSteps.CONTRACT_STAGE.equals(stage.path("key").asText())) {
        new ContractReviewSteps(port, "lilei").approve(id);
      }
      deals.advanced(id);
    }
    assertThat(deals.get(id).path("status").asText()).isEqualTo("WON");
  }

  private JsonNode pipeline(String key) {
    for (JsonNode pipeline : lilei.get("/api/pipelines").body()) {
      if (pipeline.path("key").asText().equals(key)) {
        return pipeline;
      }
    }
    throw new AssertionError("pipeline " + key + " is not deployed");
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private String stageTaskId(String opportunityId) {
    Reply tasks = lilei.get("/engine-rest/task?maxResults=10&processDefinitionKey=" + INDUSTRIAL
        + "&processInstanceBusinessKey=" + opportunityId);
    assertThat(tasks.body()).as(tasks.toString()).hasSize(1);
    return tasks.body().get(0).path("id").asText();
  }
}
