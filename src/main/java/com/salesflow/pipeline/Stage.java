package com.salesflow.pipeline;

import java.util.List;
import java.util.Map;

/**
 * One stage of a pipeline: a user task of the pipeline's diagram, its place in the order of stages,
 * the fields of its form, what it takes to leave it, its SLA ({@code null} when it has none) and
 * the key of the process a deal starts on entering it and must finish before leaving ({@code
 * null} when none).
 */
record Stage(
    String key, String name, int position, ExitCriteria exitCriteria, Map<String, FormField> form,
    StageSla sla, String entryProcess) {

  /** What the deal still lacks to leave this stage; empty when it may leave. */
  List<MissingItem> missingFor(DealFacts facts, Map<String, FormField> pipelineFields) {
    return exitCriteria.missingFor(facts, field -> labelOf(field, pipelineFields));
  }

  private String labelOf(String field, Map<String, FormField> pipelineFields) {
    FormField own = form.get(field);
    if (own != null) {
      return own.label();
    }
    FormField elsewhere = pipelineFields.get(field);
    return elsewhere == null ? field : elsewhere.label();
  }
}
