package com.salesflow.contract;

import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The extension properties a process owner sets on a review task in Camunda Modeler. */
final class TaskProperties {

  private TaskProperties() {}

  /** The value of the property {@code name}, or an error naming the task that lacks it. */
  static String required(BaseElement element, String name) {
    return find(element, name).orElseThrow(() ->
        new IllegalStateException(element.getId() + " declares no property " + name));
  }

  static Optional<String> find(BaseElement element, String name) {
    if (element.getExtensionElements() == null) {
      return Optional.empty();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
        .list().stream().flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
        .filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst();
  }
}
