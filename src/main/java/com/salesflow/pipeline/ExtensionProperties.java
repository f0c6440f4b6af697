package com.salesflow.pipeline;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;

/** The Camunda extension properties of a diagram element, where process owners declare stages. */
final class ExtensionProperties {

  private ExtensionProperties() {}

  /** The element's (name, value) pairs in diagram order; names may repeat, values are never null. */
  static List<Map.Entry<String, String>> of(BaseElement element) {
    if (element.getExtensionElements() == null) {
      return List.of();
    }
    return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
        .list().stream()
        .flatMap(group -> group.getCamundaProperties().stream())
        .map(p -> Map.entry(p.getCamundaName(),
            p.getCamundaValue() == null ? "" : p.getCamundaValue()))
        .toList();
  }

  static boolean has(BaseElement element, String name, String value) {
    return of(element).stream()
        .anyMatch(p -> p.getKey().equals(name) && p.getValue().equals(value));
  }
}
