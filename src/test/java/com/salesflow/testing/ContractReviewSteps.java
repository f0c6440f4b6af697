package com.salesflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient.Reply;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract review a deal goes through in 合同谈判, worked the way people work it in Tasklist
 * (engine REST): the rep uploads the draft, legal (liufang) claims and decides, the rep prepares
 * the electronic signature. Each step asserts that it succeeded unless it returns the reply.
 */
public final class ContractReviewSteps {

  public static final String CONTRACT_STAGE = "Task_ContractNegotiation";
  public static final String LEGAL_REVIEW = "Task_LegalReview";
  public static final String PREPARE_SIGNATURE = "Task_PrepareESignature";
  public static final String REVISE_CONTRACT = "Task_ReviseContract";
  public static final String LEGAL = "liufang";

  private final int port;
  private final String rep;

  public ContractReviewSteps(int port, String rep) {
    this.port = port;
    this.rep = rep;
  }

  /** Uploads a draft and passes the whole review, so the deal may leave 合同谈判. */
  public void approve(String opportunityId) {
    uploadDraft(opportunityId);
    legalDecides(opportunityId, "APPROVED", null);
    assertDone(complete(rep, openTask(opportunityId, PREPARE_SIGNATURE), Map.of()));
  }

  public JsonNode uploadDraft(String opportunityId) {
    Reply reply = as(rep).upload("/api/opportunities/" + opportunityId + "/attachments",
        "contract-draft", "合同草稿.pdf", "%PDF-1.4 合同".getBytes(StandardCharsets.UTF_8));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.body();
  }

  /** Legal claims the open review and decides; asserts the decision was taken. */
  public void legalDecides(String opportunityId, String decision, String comment) {
    String task = openTask(opportunityId, LEGAL_REVIEW);
    claim(LEGAL, task);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decision", decision);
    if (comment != null) {
      variables.put("decisionComment", comment);
    }
    assertDone(complete(LEGAL, task, variables));
  }

  /** The id of the review's open task {@code taskKey}; asserts there is exactly one. */
  public String openTask(String opportunityId, String taskKey) {
    Reply tasks = as("demo").get("/engine-rest/task?processDefinitionKey=contract-review"
        + "&processInstanceBusinessKey=" + opportunityId + "&taskDefinitionKey=" + taskKey
        + "&maxResults=10");
    assertThat(tasks.body()).as(tasks.toString()).hasSize(1);
    return tasks.body().get(0).path("id").asText();
  }

  public void claim(String user, String taskId) {
    Reply claimed = as(user).post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
  }

  /** Completes the task through engine REST as {@code user}, as Tasklist would. */
  public Reply complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
    return as(user).post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", typed));
  }

  private ApiClient as(String user) {
    return ApiClient.as(port, user);
  }

  private static void assertDone(Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }
}
