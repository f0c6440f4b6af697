package com.salesflow.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the value-holding fields out of a Camunda Forms (form-js) schema. */
final class FormSchema {

  private FormSchema() {}

  /** The fields by variable name, in form order; empty for a missing form. */
  static Map<String, FormField> fields(JsonNode form) {
    Map<String, FormField> fields = new LinkedHashMap<>();
    if (form != null) {
      collect(form.path("components"), fields);
    }
    return fields;
  }

  private static void collect(JsonNode components, Map<String, FormField> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      String type = component.path("type").asText("");
      if (key != null) {
        FieldType.ofComponent(type, component.path("subtype").asText(null)).ifPresent(fieldType ->
            fields.put(key, new FormField(key, labelOf(component, key), fieldType)));
      }
      collect(component.path("components"), fields);
    }
  }

  private static String labelOf(JsonNode component, String key) {
    String label = component.path("label").asText("");
    if (label.isBlank()) {
      label = component.path("dateLabel").asText("");
    }
    return label.isBlank() ? key : label;
  }
}
