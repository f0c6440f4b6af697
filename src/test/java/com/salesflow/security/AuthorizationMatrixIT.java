package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesflow.testing.ApiClient.Reply;
import com.salesflow.testing.ApiClient;
import com.salesflow.testing.Deals;
import com.salesflow.testing.TasklistSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role against every action on one rep's deal and lead, through our API and through engine
 * REST. The deal belongs to lilei; hanmeimei is a rep of the same team, zhangwei their
 * supervisor, liufang a lawyer with nothing to do with the deal, wangjun the product director
 * whose group has a customer request of the deal to handle, a process owner who is nothing else,
 * and demo the administrator. A caller who may not see a record is answered as if it did not
 * exist (404); one who may see it but not do what they ask gets 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

  private static final String OWNER = "lilei";
  private static final String COLLEAGUE = "hanmeimei";
  private static final String SUPERVISOR = "zhangwei";
  private static final String LAWYER = "liufang";
  private static final String DIRECTOR = "wangjun";
  private static final String MODELER = "fangyuan";
  private static final String ADMIN = "demo";
  private static final List<String> ROLES =
      List.of(OWNER, COLLEAGUE, SUPERVISOR, LAWYER, DIRECTOR, MODELER, ADMIN);

  private static final String PROBE_DIAGRAM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Probe"
          targetNamespace="http://salesflow.com/bpmn">
        <bpmn:process id="authorization-probe" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:startEvent id="StartEvent_Begun" />
          <bpmn:endEvent id="EndEvent_Done" />
          <bpmn:sequenceFlow id="Flow_Done" sourceRef="StartEvent_Begun" targetRef="EndEvent_Done" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort
  int port;

  String deal;
  String instance;
  String stageTask;
  String requestTask;
  String lead;

  @BeforeAll
  void openTheDealAndTheLead() {
    ApiClient admin = as(ADMIN);
    if (admin.get("/engine-rest/user/count?id=" + MODELER).body().path("count").asLong() == 0) {
      Reply created = admin.post("/engine-rest/user/create", Map.of(
          "profile", Map.of("id", MODELER, "firstName", "远", "lastName", "方",
              "email", MODELER + "@salesflow.example"),
          "credentials", Map.of("password", "demo")));
      assertThat(created.status()).as(created.toString()).isEqualTo(204);
      assertThat(admin.send("PUT", "/engine-rest/group/process-owner/members/" + MODELER, null)
          .status()).isEqualTo(204);
    }
    JsonNode opened = new Deals(as(OWNER)).open(Deals.INDUSTRIAL, 800_000);
    deal = opened.path("id").asText();
    Reply request = as(OWNER).post("/api/opportunities/" + deal + "/requests",
        Map.of("type", "custom-development", "description", "加装第六轴"));
    assertThat(request.status()).as(request.toString()).isEqualTo(201);
    instance = admin.get("/engine-rest/process-instance?businessKey=" + deal
        + "&processDefinitionKey=" + Deals.INDUSTRIAL + "&maxResults=1").body().get(0)
        .path("id").asText();
    stageTask = admin.get("/engine-rest/task?processInstanceId=" + instance + "&maxResults=1")
        .body().get(0).path("id").asText();
    requestTask = admin.get("/engine-rest/task?processDefinitionKey=customer-request"
        + "&processInstanceBusinessKey=" + deal + "&maxResults=1").body().get(0)
        .path("id").asText();
    Reply received = as(OWNER).post("/api/leads",
        Map.of("customer", "矩阵客户", "contact", "赵经理 13800000000", "source", "展会"));
    assertThat(received.status()).as(received.toString()).isEqualTo(201);
    lead = received.body().path("id").asText();
  }

  @TestFactory
  Stream<DynamicTest> ourApi() {
    List<Action> actions = List.of(
        read("read the deal", () -> "/api/opportunities/" + deal,
            expect(200, 404, 200, 404, 200, 404, 200)),
        read("list the owner's deals", () -> "/api/opportunities?owner=" + OWNER,
            expect(200, 403, 200, 403, 403, 403, 200)),
        send("edit the deal's fields", "PATCH", () -> "/api/opportunities/" + deal + "/fields",
            Map.of("technicalRequirements", "五轴联动"),
            expect(200, 404, 200, 404, 403, 404, 200)),
        send("advance the deal (its gate is not met)", "POST",
            () -> "/api/opportunities/" + deal + "/advance", Map.of(),
            expect(422, 404, 422, 404, 403, 404, 422)),
        send("lose the deal without a reason", "POST",
            () -> "/api/opportunities/" + deal + "/lose", Map.of(),
            expect(400, 404, 400, 404, 403, 404, 400)),
        read("list the deal's files", () -> "/api/opportunities/" + deal + "/attachments",
            expect(200, 404, 200, 404, 200, 404, 200)),
        read("read the deal's contract review", () -> "/api/opportunities/" + deal
            + "/contract-review", expect(200, 404, 200, 404, 200, 404, 200)),
        read("list the deal's customer requests", () -> "/api/opportunities/" + deal
            + "/requests", expect(200, 404, 200, 404, 200, 404, 200)),
        send("record a customer request", "POST", () -> "/api/opportunities/" + deal
            + "/requests", Map.of("type", "custom-development", "description", "再加一轴"),
            expect(201, 404, 201, 404, 403, 404, 201)),
        read("list the deal's commitments", () -> "/api/commitments?opportunityId=" + deal,
            expect(200, 404, 200, 404, 200, 404, 200)),
        read("read the deal's decision record", () -> "/api/approvals?businessKey=" + deal,
            expect(200, 404, 200, 404, 200, 404, 200)),
        read("read the owner's process health", () -> "/api/reports/process-health?owner="
            + OWNER, expect(200, 403, 200, 403, 403, 403, 200)),
        send("open a deal", "POST", () -> "/api/opportunities", Map.of("customer", "矩阵新客户",
            "title", "新商机", "amount", 100_000, "pipeline", Deals.INDUSTRIAL),
            expect(201, 201, 201, 403, 403, 403, 201)),
        read("read the lead", () -> "/api/leads/" + lead,
            expect(200, 404, 200, 404, 404, 404, 200)),
        read("list the owner's leads", () -> "/api/leads?owner=" + OWNER,
            expect(200, 403, 200, 403, 403, 403, 200)),
        send("record the lead's first contact without a note", "POST",
            () -> "/api/leads/" + lead + "/first-contact", Map.of(),
            expect(400, 404, 400, 404, 404, 404, 400)),
        send("convert the uncontacted lead", "POST", () -> "/api/leads/" + lead + "/convert",
            Map.of("pipeline", Deals.INDUSTRIAL), expect(409, 404, 409, 404, 404, 404, 409)),
        send("receive a lead for the owner", "POST", () -> "/api/leads", Map.of(
            "customer", "矩阵线索", "contact", "钱经理", "source", "官网", "owner", OWNER),
            expect(201, 403, 201, 403, 403, 403, 201)),
        send("submit a commitment without its details", "POST", () -> "/api/commitments",
            Map.of("opportunityId", deal), expect(400, 404, 400, 404, 403, 404, 400)),
        send("delegate the stage task to nobody", "POST", () -> "/api/tasks/" + stageTask
            + "/delegate", Map.of("to", "nobody"), expect(400, 403, 403, 403, 403, 403, 403)),
        read("read the first-response rate", () -> "/api/leads/first-response-rate"
            + "?from=2026-01-01T00:00:00Z&to=2027-01-01T00:00:00Z",
            expect(200, 200, 200, 200, 200, 200, 200)),
        read("read one's inbox", () -> "/api/inbox", expect(200, 200, 200, 200, 200, 200, 200)),
        read("list the pipelines", () -> "/api/pipelines",
            expect(200, 200, 200, 200, 200, 200, 200)),
        read("read the calendar's years", () -> "/api/calendar/years",
            expect(200, 200, 200, 200, 200, 200, 200)),
        send("replace a calendar year with nothing", "PUT", () -> "/api/calendar/2031", Map.of(),
            expect(403, 403, 403, 403, 403, 403, 400)),
        send("change the roadmap without details", "PUT", () -> "/api/roadmap/matrix-probe",
            Map.of(), expect(403, 403, 403, 403, 400, 403, 403)),
        read("read the engine clock", () -> "/api/admin/clock",
            expect(403, 403, 403, 403, 403, 403, 200)),
        send("set the engine clock to nothing", "PUT", () -> "/api/admin/clock", Map.of(),
            expect(403, 403, 403, 403, 403, 403, 400)),
        send("retry a notice that does not exist", "POST", () -> "/api/admin/notices/0/retry",
            null, expect(403, 403, 403, 403, 403, 403, 404)),
        read("list parked notices", () -> "/api/admin/notices",
            expect(403, 403, 403, 403, 403, 403, 200)),
        read("preview a pipeline migration", () -> "/api/process-versions/" + Deals.INDUSTRIAL
            + "/migration-preview", expect(403, 403, 403, 403, 403, 200, 200)));
    return matrix(actions);
  }

  @TestFactory
  Stream<DynamicTest> engineRest() {
    List<Action> actions = List.of(
        read("read the deal's process instance", () -> "/engine-rest/process-instance/"
            + instance, expect(404, 404, 404, 404, 404, 404, 200)),
        read("read the deal's variables", () -> "/engine-rest/process-instance/" + instance
            + "/variables", expect(403, 403, 403, 403, 403, 403, 200)),
        read("read the stage task", () -> "/engine-rest/task/" + stageTask,
            expect(200, 404, 200, 404, 404, 404, 200)),
        read("read the stage task's variables", () -> "/engine-rest/task/" + stageTask
            + "/variables", expect(200, 403, 200, 403, 403, 403, 200)),
        send("hand the stage task to the owner", "POST", () -> "/engine-rest/task/"
            + stageTask + "/assignee", Map.of("userId", OWNER),
            expect(403, 403, 403, 403, 403, 403, 204)),
        send("complete the stage task (its gate is not met)", "POST",
            () -> "/engine-rest/task/" + stageTask + "/complete", Map.of(),
            expect(400, 403, 403, 403, 403, 403, 403)),
        read("read the customer request task", () -> "/engine-rest/task/" + requestTask,
            expect(404, 404, 404, 404, 200, 404, 200)),
        call("claim the customer request task", (client, role) -> {
          Reply claimed = client.post("/engine-rest/task/" + requestTask + "/claim",
              Map.of("userId", role));
          if (claimed.status() == 204) {
            as(ADMIN).post("/engine-rest/task/" + requestTask + "/unclaim", Map.of());
          }
          return claimed;
        }, expect(403, 403, 403, 403, 204, 403, 204)),
        call("deploy a diagram", (client, role) -> client.multipart(
            "/engine-rest/deployment/create", Map.of(
                "deployment-name", "authorization-probe-" + UUID.randomUUID(),
                "diagram", ApiClient.file("authorization-probe.bpmn", PROBE_DIAGRAM.strip()))),
            expect(403, 403, 403, 403, 403, 200, 200)));
    return matrix(actions);
  }

  @TestFactory
  Stream<DynamicTest> webapps() {
    return matrix(List.of(
        login("tasklist", expect(200, 200, 200, 200, 200, 200, 200)),
        login("cockpit", expect(403, 403, 403, 403, 403, 200, 200)),
        login("admin", expect(403, 403, 403, 403, 403, 403, 200))));
  }

  @Test
  void listsHoldOnlyWhatTheCallerReaches() {
    assertThat(dealIds(COLLEAGUE)).doesNotContain(deal);
    assertThat(dealIds(OWNER)).contains(deal);
    assertThat(dealIds(SUPERVISOR)).contains(deal);
    assertThat(dealIds(LAWYER)).isEmpty();
    assertThat(taskIds(OWNER)).contains(stageTask).doesNotContain(requestTask);
    assertThat(taskIds(COLLEAGUE)).doesNotContain(stageTask, requestTask);
    assertThat(taskIds(SUPERVISOR)).contains(stageTask).doesNotContain(requestTask);
    assertThat(taskIds(DIRECTOR)).contains(requestTask).doesNotContain(stageTask);
    assertThat(as(OWNER).get("/engine-rest/process-instance/count").body().path("count").asLong())
        .isZero();
    assertThat(as(OWNER).get("/engine-rest/history/process-instance/count").body()
        .path("count").asLong()).isZero();
  }

  @Test
  void takesAReassignedTaskAwayFromItsPreviousAssignee() {
    JsonNode opened = new Deals(as(OWNER)).open(Deals.INDUSTRIAL, 300_000);
    String task = as(ADMIN).get("/engine-rest/task?processInstanceBusinessKey="
        + opened.path("id").asText() + "&maxResults=1").body().get(0).path("id").asText();
    assertThat(as(OWNER).get("/engine-rest/task/" + task).status()).isEqualTo(200);

    Reply reassigned = as(ADMIN).post("/engine-rest/task/" + task + "/assignee",
        Map.of("userId", COLLEAGUE));

    assertThat(reassigned.status()).as(reassigned.toString()).isEqualTo(204);
    assertThat(as(OWNER).get("/engine-rest/task/" + task).status()).isEqualTo(404);
    Reply completed = as(OWNER).post("/engine-rest/task/" + task + "/complete", Map.of());
    assertThat(completed.status()).as(completed.toString()).isEqualTo(403);
    assertThat(as(COLLEAGUE).get("/engine-rest/task/" + task).status()).isEqualTo(200);
    assertThat(as(SUPERVISOR).get("/engine-rest/task/" + task).status()).isEqualTo(200);
    Reply bySupervisor = as(SUPERVISOR).post("/engine-rest/task/" + task + "/complete", Map.of());
    assertThat(bySupervisor.status()).as(bySupervisor.toString()).isEqualTo(403);
  }

  private Stream<DynamicTest> matrix(List<Action> actions) {
    List<DynamicTest> tests = new ArrayList<>();
    for (Action action : actions) {
      for (String role : ROLES) {
        tests.add(DynamicTest.dynamicTest(role + " may " + action.name() + ": "
            + action.expected().get(role), () -> {
              Reply reply = action.send(as(role), role);
              assertThat(reply.status()).as(role + " " + action.name() + ": " + reply)
                  .isEqualTo(action.expected().get(role));
            }));
      }
    }
    return tests.stream();
  }

  private List<String> dealIds(String user) {
    return as(user).get("/api/opportunities?size=200").body().path("items")
        .findValuesAsText("id");
  }

  private List<String> taskIds(String user) {
    return as(user).get("/engine-rest/task?maxResults=200").body().findValuesAsText("id");
  }

  private ApiClient as(String user) {
    return ApiClient.as(port, user);
  }

  private static Map<String, Integer> expect(int... statuses) {
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (int i = 0; i < ROLES.size(); i++) {
      expected.put(ROLES.get(i), statuses[i]);
    }
    return expected;
  }

  private static Action read(String name, Supplier<String> path,
      Map<String, Integer> expected) {
    return call(name, (client, role) -> client.get(path.get()), expected);
  }

  private static Action send(String name, String method, Supplier<String> path, Object body,
      Map<String, Integer> expected) {
    return call(name, (client, role) -> client.send(method, path.get(), body), expected);
  }

  private static Action call(String name, Call call, Map<String, Integer> expected) {
    return new Action(name, call, expected);
  }

  private Action login(String app, Map<String, Integer> expected) {
    return new Action("log in to " + app, (client, role) -> new Reply(
        TasklistSession.logInStatus(port, app, role, "demo"), null, null), expected);
  }

  private record Action(String name, Call call, Map<String, Integer> expected) {

    Reply send(ApiClient client, String role) {
      return call.send(client, role);
    }
  }

  /** One attempt at an action by one role. */
  @FunctionalInterface
  private interface Call {
    Reply send(ApiClient client, String role);
  }
}
