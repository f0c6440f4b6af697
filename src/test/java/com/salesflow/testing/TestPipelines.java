package com.salesflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.testing.ApiClient.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small pipeline diagrams and their forms, and deploys them through engine REST as Camunda
 * Modeler's deploy button does, for tests that change a pipeline between versions.
 */
public final class TestPipelines {

  private TestPipelines() {}

  /**
   * A stage of a test pipeline: a user task with a form holding {@code fields}, and extension
   * properties such as exitFields or slaYellowDays. With SLA days it gets its two boundary timers.
   */
  public record StageSpec(String id, String name, List<String> fields,
      Map<String, String> properties) {

    boolean hasSla() {
      return properties.containsKey("slaYellowDays");
    }
  }

  /** Deploys version {@code stages} of pipeline {@code key} as {@code user}; returns the reply. */
  public static Reply deploy(ApiClient user, String key, List<StageSpec> stages) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", key);
    parts.put("diagram", ApiClient.file(key + ".bpmn", diagram(key, stages)));
    for (StageSpec stage : stages) {
      parts.put("form-" + stage.id(), ApiClient.file(formId(key, stage) + ".form",
          form(formId(key, stage), stage.fields())));
    }
    return user.multipart("/engine-rest/deployment/create", parts);
  }

  public static void deployed(ApiClient user, String key, List<StageSpec> stages) {
    Reply reply = deploy(user, key, stages);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static String diagram(String key, List<StageSpec> stages) {
    StringBuilder flow = new StringBuilder();
    String previous = "StartEvent_Received";
    for (StageSpec stage : stages) {
      flow.append(sequenceFlow(previous, stage.id()));
      flow.append(userTask(key, stage));
      if (stage.hasSla()) {
        flow.append(slaTimer(stage, "Yellow", "YELLOW")).append(slaTimer(stage, "Red", "RED"));
      }
      previous = stage.id();
    }
    flow.append(sequenceFlow(previous, "EndEvent_DealWon"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test"
            targetNamespace="http://salesflow.com/bpmn">
          <bpmn:process id="%s" name="测试产品线" isExecutable="true" camunda:versionTag="test"
              camunda:historyTimeToLive="30">
            <bpmn:extensionElements>
              <camunda:properties><camunda:property name="pipeline" value="true" /></camunda:properties>
            </bpmn:extensionElements>
            <bpmn:startEvent id="StartEvent_Received" camunda:initiator="owner" />
            %s
            <bpmn:endEvent id="EndEvent_DealWon" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, flow);
  }

  private static String userTask(String key, StageSpec stage) {
    StringBuilder properties = new StringBuilder();
    stage.properties().forEach((name, value) -> properties.append(
        "<camunda:property name=\"" + name + "\" value=\"" + value + "\" />"));
    return """
        <bpmn:userTask id="%s" name="%s" camunda:formRef="%s" camunda:formRefBinding="deployment"
            camunda:assignee="${owner}">
          <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
        </bpmn:userTask>
        """.formatted(stage.id(), stage.name(), formId(key, stage), properties);
  }

  private static String slaTimer(StageSpec stage, String suffix, String level) {
    String id = "Timer_" + stage.id().substring("Task_".length()) + suffix;
    return """
        <bpmn:boundaryEvent id="%1$s" cancelActivity="false" attachedToRef="%2$s">
          <bpmn:extensionElements>
            <camunda:executionListener expression="${stageSla.reached(execution, '%3$s')}" event="start" />
          </bpmn:extensionElements>
          <bpmn:timerEventDefinition>
            <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${stageSla.due(execution, '%3$s')}</bpmn:timeDate>
          </bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        """.formatted(id, stage.id(), level);
  }

  private static String sequenceFlow(String from, String to) {
    return "<bpmn:sequenceFlow id=\"Flow_" + from + "To" + to + "\" sourceRef=\"" + from
        + "\" targetRef=\"" + to + "\" />\n";
  }

  private static String formId(String key, StageSpec stage) {
    return key + "-" + stage.id().substring("Task_".length()).toLowerCase();
  }

  private static String form(String id, List<String> fields) {
    StringBuilder components = new StringBuilder();
    for (String field : fields) {
      if (components.length() > 0) {
        components.append(',');
      }
      components.append("{\"id\": \"Field_").append(field).append("\", \"key\": \"").append(field)
          .append("\", \"label\": \"").append(field).append("\", \"type\": \"textfield\"}");
    }
    return "{\"id\": \"" + id + "\", \"type\": \"default\", \"schemaVersion\": 16, "
        + "\"components\": [" + components + "]}";
  }
}
