package com.salesflow.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of an engine REST {@code complete} or {@code submit-form} call. */
public final class FormSubmission {

  private FormSubmission() {}

  /** Wraps each value as {@code {"value": ...}} under {@code variables}, as Tasklist sends it. */
  public static Map<String, Object> of(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }
}
