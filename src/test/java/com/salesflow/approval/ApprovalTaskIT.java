package com.salesflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An approval task as approvers meet it through engine REST (and so Tasklist): only its assignee
 * completes it, a verdict needs its reason, a delegate decides on the approver's behalf, and every
 * decision lands in the record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalTaskIT {

  private static final String DIAGRAM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Review"
          targetNamespace="http://salesflow.com/bpmn">
        <bpmn:process id="%1$s" name="审核" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:startEvent id="StartEvent_Submitted" />
          <bpmn:userTask id="Task_Review" name="法务审核" camunda:candidateGroups="legal">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="decisions" value="%2$s" />
            </camunda:properties></bpmn:extensionElements>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_Reviewed" />
          <bpmn:sequenceFlow id="Flow_ToReview" sourceRef="StartEvent_Submitted" targetRef="Task_Review" />
          <bpmn:sequenceFlow id="Flow_ToReviewed" sourceRef="Task_Review" targetRef="EndEvent_Reviewed" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort
  int port;

  ApiClient legal;
  ApiClient rep;
  String key;

  @BeforeEach
  void deployReview() {
    legal = ApiClient.as(port, "liufang");
    rep = ApiClient.as(port, "hanmeimei");
    key = "review-" + UUID.randomUUID().toString().substring(0, 8);
    Reply deployed = deploy("APPROVED, REJECTED");
    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
  }

  @Test
  void refusesToCompleteAGroupTaskNobodyClaimed() {
    String task = startReview("deal-1");

    Reply refused = complete(legal, task, "APPROVED", null);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(refused.text("message")).contains("认领");
    assertThat(openTasks()).hasSize(1);
  }

  @Test
  void refusesSomeoneWhoIsNotTheAssignee() {
    String task = startReview("deal-2");
    claim(task);

    Reply refused = complete(rep, task, "APPROVED", null);

    assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    assertThat(openTasks()).hasSize(1);
  }

  @Test
  void refusesARejectionWithoutItsReasonAndRecordsItWithOne() {
    String businessKey = "deal-" + UUID.randomUUID();
    String task = startReview(businessKey);
    claim(task);

    Reply noReason = complete(legal, task, "REJECTED", null);
    Reply unknown = complete(legal, task, "MAYBE", null);
    Reply rejected = complete(legal, task, "REJECTED", "付款条件超过 60 天");

    assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
    assertThat(noReason.text("message")).contains("decisionComment");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.text("message")).contains("decision");
    assertThat(rejected.status()).as(rejected.toString()).isEqualTo(204);
    JsonNode record = decisions(businessKey);
    assertThat(record).hasSize(1);
    assertThat(record.get(0).path("decision").asText()).isEqualTo("REJECTED");
    assertThat(record.get(0).path("comment").asText()).isEqualTo("付款条件超过 60 天");
    assertThat(record.get(0).path("decidedBy").asText()).isEqualTo("liufang");
    assertThat(record.get(0).path("taskKey").asText()).isEqualTo("Task_Review");
    assertThat(record.get(0).path("processKey").asText()).isEqualTo(key);
  }

  @Test
  void aDelegateDecidesOnTheApproversBehalf() {
    String businessKey = "deal-" + UUID.randomUUID();
    String task = startReview(businessKey);
    claim(task);

    Reply notAssignee = rep.post("/api/tasks/" + task + "/delegate", Map.of("to", "wangjun"));
    Reply nobody = legal.post("/api/tasks/" + task + "/delegate", Map.of("to", "nobody"));
    Reply delegated = legal.post("/api/tasks/" + task + "/delegate",
        Map.of("to", "wangjun", "reason", "出差一周"));
    Reply approverAfter = complete(rep, task, "APPROVED", null);
    Reply approved = complete(ApiClient.as(port, "wangjun"), task, "APPROVED", null);

    assertThat(notAssignee.status()).as(notAssignee.toString()).isEqualTo(403);
    assertThat(nobody.status()).as(nobody.toString()).isEqualTo(400);
    assertThat(delegated.status()).as(delegated.toString()).isEqualTo(204);
    assertThat(approverAfter.status()).isEqualTo(403);
    assertThat(approved.status()).as(approved.toString()).isEqualTo(204);
    JsonNode record = decisions(businessKey);
    assertThat(record).hasSize(2);
    assertThat(record.get(0).path("decision").asText()).isEqualTo("DELEGATED");
    assertThat(record.get(0).path("decidedBy").asText()).isEqualTo("liufang");
    assertThat(record.get(0).path("delegatedTo").asText()).isEqualTo("wangjun");
    assertThat(record.get(1).path("decision").asText()).isEqualTo("APPROVED");
    assertThat(record.get(1).path("decidedBy").asText()).isEqualTo("wangjun");
    assertThat(record.get(1).path("onBehalfOf").asText()).isEqualTo("liufang");
    assertThat(ApiClient.as(port, "wangjun").get("/api/inbox").body().toString())
        .contains("法务审核").contains("出差一周");
  }

  @Test
  void refusesADiagramDeclaringAnOutcomeThatDoesNotExist() {
    key = key + "-bad";

    Reply refused = deploy("APPROVED, PERHAPS");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains("Task_Review").contains("PERHAPS");
  }

  private Reply deploy(String decisions) {
    return ApiClient.as(port, "demo").multipart("/engine-rest/deployment/create", Map.of(
        "deployment-name", key,
        "diagram", ApiClient.file(key + ".bpmn", DIAGRAM.formatted(key, decisions))));
  }

  private String startReview(String businessKey) {
    Reply started = ApiClient.as(port, "demo").post(
        "/engine-rest/process-definition/key/" + key + "/start",
        Map.of("businessKey", businessKey));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    List<JsonNode> tasks = openTasks(started.text("id"));
    assertThat(tasks).hasSize(1);
    return tasks.get(0).path("id").asText();
  }

  private List<JsonNode> openTasks() {
    return openTasks(null);
  }

  private List<JsonNode> openTasks(String processInstanceId) {
    String query = processInstanceId == null
        ? "processDefinitionKey=" + key : "processInstanceId=" + processInstanceId;
    Reply reply = ApiClient.as(port, "demo").get("/engine-rest/task?maxResults=100&" + query);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return iterate(reply.body());
  }

  /** Liufang, of group legal, takes the task as Tasklist's claim button does. */
  private void claim(String task) {
    Reply claimed = legal.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "liufang"));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
  }

  private static Reply complete(ApiClient user, String task, String decision, String comment) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", Map.of("value", decision));
    if (comment != null) {
      variables.put("decisionComment", Map.of("value", comment));
    }
    return user.post("/engine-rest/task/" + task + "/complete", Map.of("variables", variables));
  }

  private JsonNode decisions(String businessKey) {
    Reply reply = ApiClient.as(port, "demo").get("/api/approvals?businessKey=" + businessKey);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.body();
  }

  private static List<JsonNode> iterate(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }
}
