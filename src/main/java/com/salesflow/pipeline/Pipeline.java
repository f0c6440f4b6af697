package com.salesflow.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A product line's sales process as one version of its diagram declares it: the stages in the order
 * a deal passes them, and every field their forms offer.
 */
record Pipeline(String key, String name, String processDefinitionId, int version,
    List<Stage> stages) {

  Optional<Stage> stage(String stageKey) {
    return stages.stream().filter(s -> s.key().equals(stageKey)).findFirst();
  }

  boolean isLast(Stage stage) {
    return stage.position() == stages.size() - 1;
  }

  /** The fields of all stage forms by variable name; the first stage declaring a field wins. */
  Map<String, FormField> fields() {
    Map<String, FormField> fields = new LinkedHashMap<>();
    stages.forEach(s -> s.form().values().forEach(f -> fields.putIfAbsent(f.key(), f)));
    return fields;
  }

  List<MissingItem> missingToLeave(Stage stage, DealFacts facts) {
    return stage.missingFor(facts, fields());
  }
}
