package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process owner's deployment that could run unreviewed code is refused with the element and
 * the reason, and nothing is deployed; an expression cannot reach a bean outside the allow-list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeploymentGuardIT {

  private static final String DIAGRAM = """
      <?xml version="1.0" encoding="UTF-8"?>
      %3$s
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Guarded"
          targetNamespace="http://salesflow.com/bpmn">
        <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:startEvent id="StartEvent_Begun" />
          %2$s
          <bpmn:endEvent id="EndEvent_Done" />
          <bpmn:sequenceFlow id="Flow_ToWork" sourceRef="StartEvent_Begun" targetRef="Task_Work" />
          <bpmn:sequenceFlow id="Flow_ToDone" sourceRef="Task_Work" targetRef="EndEvent_Done" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @LocalServerPort
  int port;

  ApiClient processOwner;
  String key;

  @BeforeEach
  void logIn() {
    processOwner = ApiClient.as(port, "demo");
    key = "guarded-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void refusesAScriptTask() {
    assertRefused(deploy("""
        <bpmn:scriptTask id="Task_Work" scriptFormat="javascript">
          <bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script>
        </bpmn:scriptTask>""", ""), "Task_Work", "scripts are not allowed");
  }

  @Test
  void refusesAJavaClassNamedInTheDiagram() {
    assertRefused(deploy("""
        <bpmn:serviceTask id="Task_Work" camunda:class="java.lang.ProcessBuilder" />""", ""),
        "Task_Work", "camunda:class is not allowed");
  }

  @Test
  void refusesAnExpressionThatReachesTheJvm() {
    assertRefused(deploy("""
        <bpmn:serviceTask id="Task_Work"
            camunda:expression="${''.getClass().forName('java.lang.Runtime')}" />""", ""),
        "Task_Work", "getClass");
  }

  @Test
  void refusesADocumentTypeDeclaration() {
    assertRefused(deploy("<bpmn:userTask id=\"Task_Work\" name=\"&xxe;\" />",
        "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"), "", "document type");
  }

  @Test
  void givesExpressionsNoBeanOutsideTheAllowList() {
    Reply deployed = deploy(
        "<bpmn:serviceTask id=\"Task_Work\" camunda:delegateExpression=\"${opportunityService}\" />",
        "");
    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(200);

    Reply started = processOwner.post(
        "/engine-rest/process-definition/key/" + key + "/start", Map.of());

    assertThat(started.status()).as(started.toString()).isNotEqualTo(200);
    assertThat(started.text("message")).contains("opportunityService");
  }

  private Reply deploy(String work, String doctype) {
    return processOwner.multipart("/engine-rest/deployment/create", Map.of(
        "deployment-name", key,
        "diagram", ApiClient.file(key + ".bpmn", DIAGRAM.formatted(key, work, doctype).strip())));
  }

  private void assertRefused(Reply refused, String element, String reason) {
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.text("message")).contains(element).contains(reason);
    Reply definitions = processOwner.get("/engine-rest/process-definition/count?key=" + key);
    assertThat(definitions.body().path("count").asLong()).isZero();
  }
}
