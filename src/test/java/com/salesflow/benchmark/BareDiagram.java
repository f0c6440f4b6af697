package com.salesflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.core.io.ClassPathResource;

/**
 * A copy of the industrial-equipment pipeline for the bare engine: the same five user tasks and
 * boundary timers, but no {@code pipeline=true} property (so Salesflow's parse listener gives it no
 * stage listeners) and no SLA expressions: the timers' due dates are the process variables
 * {@code yellowDue} and {@code redDue}.
 */
final class BareDiagram {

  static final String KEY = "bench-bare-sales";
  private static final String PIPELINE = "industrial-equipment-sales";

  private BareDiagram() {}

  static void deploy(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    repository.createDeployment().name(KEY)
        .addString(KEY + ".bpmn", xml())
        .deploy();
  }

  static String xml() {
    return pipelineXml()
        .replace("id=\"" + PIPELINE + "\"", "id=\"" + KEY + "\"")
        .replace("<camunda:property name=\"pipeline\" value=\"true\" />", "")
        .replaceAll("<camunda:executionListener expression=\"\\$\\{stageSla[^\"]*\" event=\"start\" />",
            "")
        .replace("${stageSla.due(execution, 'YELLOW')}", "${yellowDue}")
        .replace("${stageSla.due(execution, 'RED')}", "${redDue}");
  }

  private static String pipelineXml() {
    try {
      return new ClassPathResource("processes/" + PIPELINE + ".bpmn")
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
