package com.salesflow.dispatch;

import static com.salesflow.testing.Deals.INDUSTRIAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.Deals;
import com.salesflow.testing.EngineDates;
import com.salesflow.testing.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A customer request recorded on a deal goes where the dispatch rules (a DMN table) send it; its
 * handler closes it only with the deliverable attached, and the informed teams hear of both ends.
 * The engine clock starts on Monday 2 March 2026, 09:00 in Shanghai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomerRequestIT {

  private static final String MONDAY_0900 = "2026-03-02T01:00:00Z";

  @LocalServerPort
  int port;

  TestClock clock;
  ApiClient lilei;
  ApiClient wangjun;
  Deals deals;
  String dealId;
  String customer;

  @BeforeEach
  void dealOnMondayMorning() {
    clock = new TestClock(port);
    clock.set(MONDAY_0900);
    lilei = ApiClient.as(port, "lilei");
    wangjun = ApiClient.as(port, "wangjun");
    deals = new Deals(lilei);
    JsonNode deal = deals.open(INDUSTRIAL, 1_200_000);
    dealId = deal.path("id").asText();
    customer = deal.path("customer").asText();
  }

  @AfterEach
  void realTime() {
    clock.reset();
  }

  @Test
  void sendsCustomDevelopmentToTheProductDirectorDueInFiveWorkingDaysAndInformsTheTechLead() {
    JsonNode request = record("custom-development", "客户要求增加第六轴联动功能");

    assertThat(request.path("status").asText()).isEqualTo("OPEN");
    assertThat(request.path("handlerGroup").asText()).isEqualTo("product-director");
    assertThat(request.path("informedGroups").asText()).isEqualTo("tech-lead");
    assertThat(request.path("deliverable").asText()).isEqualTo("feasibility-report");
    assertThat(request.path("dueAt").asText()).startsWith("2026-03-09T01:0");
    String task = handlingTask().path("id").asText();
    JsonNode links = wangjun.get("/engine-rest/task/" + task + "/identity-links").body();
    assertThat(links.findValuesAsText("groupId")).containsExactly("product-director");
    assertThat(inbox("chentao")).containsExactly("【知会】客户需求已派发 · custom-development");
    assertThat(inbox("wangjun")).isEmpty();
  }

  @Test
  void refusesToCloseTheRequestWithoutItsDeliverableAndClosesItWithIt() {
    String id = record("custom-development", "客户要求增加第六轴联动功能").path("id").asText();
    String task = handlingTask().path("id").asText();
    Reply claimed = wangjun.post("/engine-rest/task/" + task + "/claim",
        Map.of("userId", "wangjun"));
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);

    Reply ours = wangjun.post(requests() + "/" + id + "/complete", Map.of("comment", "可行"));
    assertThat(ours.status()).as(ours.toString()).isEqualTo(422);
    assertThat(ours.text("detail")).contains("feasibility-report");
    Reply engine = wangjun.post("/engine-rest/task/" + task + "/complete", Map.of());
    assertThat(engine.status()).as(engine.toString()).isEqualTo(400);
    assertThat(engine.text("message")).contains("feasibility-report");
    assertThat(inbox("chentao")).hasSize(1);

    Reply uploaded = wangjun.upload("/api/opportunities/" + dealId + "/attachments",
        "feasibility-report", "可行性报告.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    Reply done = wangjun.post(requests() + "/" + id + "/complete", Map.of("comment", "可行"));

    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    assertThat(done.body().path("status").asText()).isEqualTo("DONE");
    assertThat(done.body().path("closedBy").asText()).isEqualTo("wangjun");
    assertThat(lilei.get(requests()).body().findValuesAsText("status")).containsExactly("DONE");
    assertThat(inbox("chentao")).containsExactly("【知会】客户需求已派发 · custom-development",
        "【知会】客户需求已完成 · custom-development");
  }

  @Test
  void refusesARequestTypeNoDispatchRuleKnows() {
    Reply refused = lilei.post(requests(), Map.of("type", "free-lunch", "description", "请客"));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("type");
    assertThat(lilei.get(requests()).body()).isEmpty();
  }

  @Test
  void routesANewRequestTypeOnceAProcessOwnerDeploysARuleForIt() throws IOException {
    String type = "translation-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(lilei.post(requests(), Map.of("type", type, "description", "合同英译")).status())
        .isEqualTo(400);

    Reply deployed = ApiClient.as(port, "demo").multipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "dispatch-rules-" + type,
            "rules", ApiClient.file("dispatch-rules.dmn", rulesWithRow(type))));
    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);
    JsonNode request = record(type, "合同英译");

    assertThat(request.path("handlerGroup").asText()).isEqualTo("legal");
    assertThat(request.path("deliverable").asText()).isEqualTo("translated-contract");
    assertThat(EngineDates.toSecond(handlingTask().path("due").asText()))
        .startsWith("2026-03-05T01:0");
    assertThat(inbox("zhangwei")).containsExactly("【知会】客户需求已派发 · " + type);
  }

  /** The shipped rules with one more row, as a process owner would add it in Camunda Modeler. */
  private static String rulesWithRow(String type) throws IOException {
    String shipped = new ClassPathResource("processes/dispatch-rules.dmn")
        .getContentAsString(StandardCharsets.UTF_8);
    String row = """
        <rule id="Rule_Translation">
          <inputEntry id="InputEntry_Translation"><text>"%s"</text></inputEntry>
          <outputEntry id="Output_TranslationHandler"><text>"legal"</text></outputEntry>
          <outputEntry id="Output_TranslationInformed"><text>"sales-supervisor"</text></outputEntry>
          <outputEntry id="Output_TranslationDeliverable"><text>"translated-contract"</text></outputEntry>
          <outputEntry id="Output_TranslationDue"><text>3</text></outputEntry>
        </rule>
        """.formatted(type);
    return shipped.replace("</decisionTable>", row + "</decisionTable>");
  }

  private JsonNode record(String type, String description) {
    Reply reply = lilei.post(requests(), Map.of("type", type, "description", description));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.body();
  }

  private JsonNode handlingTask() {
    Reply tasks = ApiClient.as(port, "demo").get("/engine-rest/task?maxResults=10"
        + "&processDefinitionKey=customer-request&processInstanceBusinessKey=" + dealId);
    assertThat(tasks.body()).as(tasks.toString()).hasSize(1);
    return tasks.body().get(0);
  }

  private String requests() {
    return "/api/opportunities/" + dealId + "/requests";
  }

  private List<String> inbox(String user) {
    List<String> subjects = new ArrayList<>();
    for (JsonNode entry : ApiClient.as(port, user).get("/api/inbox?limit=200").body()) {
      if (entry.path("body").asText().contains(customer)) {
        subjects.add(0, entry.path("subject").asText());
      }
    }
    return subjects;
  }
}
