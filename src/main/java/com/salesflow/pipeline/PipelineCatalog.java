package com.salesflow.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.engine.FlowOrder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The pipelines the engine knows, read from their deployed diagrams and forms. A process is a
 * pipeline when it carries the extension property {@code pipeline=true}; its stages are its user
 * tasks in the order a deal reaches them from the start event. Process definitions never change
 * once deployed, so each is read once.
 */
@Component
class PipelineCatalog {

  static final String PIPELINE_PROPERTY = "pipeline";

  private final RepositoryService repositoryService;
  private final ObjectMapper json;
  private final Map<String, Optional<Pipeline>> byDefinition = new ConcurrentHashMap<>();

  PipelineCatalog(@Lazy RepositoryService repositoryService, ObjectMapper json) {
    this.repositoryService = repositoryService;
    this.json = json;
  }

  /** The latest deployed version of the pipeline {@code key}; empty when no such pipeline. */
  Optional<Pipeline> latest(String key) {
    ProcessDefinition definition =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult();
    return definition == null ? Optional.empty() : ofDefinition(definition.getId());
  }

  /** Every pipeline in its latest version. */
  List<Pipeline> allLatest() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().unlimitedList().stream()
        .map(d -> ofDefinition(d.getId()))
        .flatMap(Optional::stream)
        .toList();
  }

  Optional<Pipeline> ofDefinition(String processDefinitionId) {
    return byDefinition.computeIfAbsent(processDefinitionId, this::read);
  }

  private Optional<Pipeline> read(String processDefinitionId) {
    ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
    BpmnModelInstance model = repositoryService.getBpmnModelInstance(processDefinitionId);
    Process process = model.getModelElementById(definition.getKey());
    if (!ExtensionProperties.has(process, PIPELINE_PROPERTY, "true")) {
      return Optional.empty();
    }
    Map<String, JsonNode> forms = forms(definition.getDeploymentId());
    List<Stage> stages = new ArrayList<>();
    for (UserTask task : FlowOrder.userTasks(process)) {
      JsonNode form = forms.get(task.getCamundaFormRef());
      List<Map.Entry<String, String>> properties = ExtensionProperties.of(task);
      stages.add(new Stage(task.getId(), task.getName(), stages.size(),
          StageProperties.exitCriteria(task.getId(), properties), FormSchema.fields(form),
          StageProperties.sla(task.getId(), properties),
          StageProperties.entryProcess(properties)));
    }
    return Optional.of(new Pipeline(definition.getKey(), definition.getName(),
        processDefinitionId, definition.getVersion(), List.copyOf(stages)));
  }

  private Map<String, JsonNode> forms(String deploymentId) {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        JsonNode form = readJson(deploymentId, name);
        byId.put(form.path("id").asText(name), form);
      }
    }
    return byId;
  }

  private JsonNode readJson(String deploymentId, String name) {
    try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read form " + name, e);
    }
  }
}
