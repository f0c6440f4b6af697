package com.salesflow.benchmark;

import com.salesflow.testing.ApiClient;
import com.salesflow.testing.ApiClient.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * The industrial-equipment pipeline as Salesflow runs it, with its gates, stage history and SLA
 * timers, but without the contract review that 合同谈判 starts on entry: the benchmarks compare
 * five stage transitions with the bare engine's five tasks, and a legal review is not one of them.
 */
final class BenchPipeline {

  static final String KEY = "bench-industrial-sales";
  private static final String PIPELINE = "industrial-equipment-sales";
  private static final List<String> FORMS = List.of("start", "technical-evaluation",
      "budget-approval", "prototype-testing", "contract-negotiation", "payment-scheduling");

  private BenchPipeline() {}

  static void deploy(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() > 0) {
      return;
    }
    DeploymentBuilder deployment = repository.createDeployment().name(KEY);
    resources().forEach(deployment::addString);
    deployment.deploy();
  }

  /** Deploys through engine REST as a process owner, for an application in another process. */
  static void deploy(int port) {
    Map<String, Object> parts = new LinkedHashMap<>();
    parts.put("deployment-name", KEY);
    parts.put("deploy-changed-only", "true");
    resources().forEach((name, content) -> parts.put(name, ApiClient.file(name, content)));
    Reply deployed = ApiClient.as(port, "demo").multipart("/engine-rest/deployment/create", parts);
    if (deployed.status() != 200) {
      throw new IllegalStateException("Could not deploy the benchmark pipeline: " + deployed);
    }
  }

  private static Map<String, String> resources() {
    Map<String, String> resources = new LinkedHashMap<>();
    resources.put(KEY + ".bpmn", read("processes/" + PIPELINE + ".bpmn")
        .replace("id=\"" + PIPELINE + "\"", "id=\"" + KEY + "\"")
        .replace("<camunda:property name=\"entryProcess\" value=\"contract-review\" />", ""));
    for (String form : FORMS) {
      String name = "industrial-equipment-" + form + ".form";
      resources.put(name, read("forms/" + name));
    }
    return resources;
  }

  private static String read(String path) {
    try {
      return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
