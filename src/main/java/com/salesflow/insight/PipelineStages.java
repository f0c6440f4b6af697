package com.salesflow.insight;

import com.salesflow.engine.FlowOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The order of a pipeline's stages in its latest deployed diagram, so that reports list stages as
 * a deal meets them. Reports read the deal capability's tables, not its classes, so this reads the
 * diagram itself: a process marked {@code pipeline=true}, its user tasks in flow order.
 */
@Component
class PipelineStages {

  private final RepositoryService repository;
  private final Map<String, List<StageRef>> byDefinition = new ConcurrentHashMap<>();

  PipelineStages(@Lazy RepositoryService repository) {
    this.repository = repository;
  }

  /** The stages of pipeline {@code key} in order; empty when no such pipeline is deployed. */
  Optional<List<StageRef>> of(String key) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().singleResult();
    if (latest == null) {
      return Optional.empty();
    }
    List<StageRef> stages = byDefinition.computeIfAbsent(latest.getId(), this::read);
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages);
  }

  /** Every deployed pipeline's key, in its latest version. */
  List<String> keys() {
    return repository.createProcessDefinitionQuery().latestVersion().unlimitedList().stream()
        .map(ProcessDefinition::getKey)
        .filter(key -> of(key).isPresent())
        .sorted()
        .toList();
  }

  private List<StageRef> read(String definitionId) {
    ProcessDefinition definition = repository.getProcessDefinition(definitionId);
    Process process = repository.getBpmnModelInstance(definitionId)
        .getModelElementById(definition.getKey());
    if (!isPipeline(process)) {
      return List.of();
    }
    List<StageRef> stages = new ArrayList<>();
    for (UserTask task : FlowOrder.userTasks(process)) {
      stages.add(new StageRef(task.getId(), task.getName(), stages.size(),
          intProperty(task, "slaYellowDays"), intProperty(task, "slaRedDays")));
    }
    return List.copyOf(stages);
  }

  private static boolean isPipeline(Process process) {
    return properties(process).anyMatch(p -> "pipeline".equals(p.getCamundaName())
        && "true".equals(p.getCamundaValue()));
  }

  private static Integer intProperty(UserTask task, String name) {
    return properties(task).filter(p -> name.equals(p.getCamundaName()))
        .map(p -> Integer.valueOf(p.getCamundaValue().strip()))
        .findFirst().orElse(null);
  }

  private static Stream<CamundaProperty> properties(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return Stream.empty();
    }
    return element.getExtensionElements().getElementsQuery()
        .filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream());
  }

  /**
   * A stage as reports name it: its task id, its label, its place in the pipeline and its SLA in
   * working days (null when it has none).
   */
  record StageRef(String key, String name, int position, Integer slaYellowDays,
      Integer slaRedDays) {}
}
