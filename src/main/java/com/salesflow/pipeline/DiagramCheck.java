package com.salesflow.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;

/**
 * Holds every new deployment, whichever way it comes (start-up, engine REST, Camunda Modeler's
 * deploy button), to {@link DiagramRules} before the engine deploys it; a deployment that breaks
 * a rule is refused whole.
 */
@Component
class DiagramCheck implements Deployer {

  private final ObjectMapper json;

  DiagramCheck(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    Set<String> decisions = new HashSet<>();
    deployment.getResources().values().forEach(resource -> collect(resource, forms, decisions));
    CommandContext context = Context.getCommandContext();
    Predicate<String> deployedForm = key ->
        context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key) != null;
    Predicate<String> deployedDecision = key -> decisions.contains(key)
        || context.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key) != null;
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
        BpmnModelInstance model = Bpmn.readModelFromStream(bytes(resource));
        List<String> violations =
            DiagramRules.violations(model, forms, deployedForm, deployedDecision);
        if (!violations.isEmpty()) {
          throw new DiagramRefusedException(resource.getName(), violations);
        }
      }
    }
  }

  private void collect(ResourceEntity resource, Map<String, JsonNode> forms,
      Set<String> decisions) {
    if (resource.getName().endsWith(".form")) {
      JsonNode form = readJson(resource);
      forms.put(form.path("id").asText(resource.getName()), form);
    } else if (resource.getName().endsWith(".dmn") || resource.getName().endsWith(".dmn11.xml")) {
      Dmn.readModelFromStream(bytes(resource)).getModelElementsByType(Decision.class)
          .forEach(decision -> decisions.add(decision.getId()));
    }
  }

  private JsonNode readJson(ResourceEntity resource) {
    try {
      return json.readTree(resource.getBytes());
    } catch (IOException e) {
      throw new DiagramRefusedException(resource.getName(), List.of("the form is not valid JSON"));
    }
  }

  private static ByteArrayInputStream bytes(ResourceEntity resource) {
    return new ByteArrayInputStream(resource.getBytes());
  }
}
