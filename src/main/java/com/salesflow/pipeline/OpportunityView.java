package com.salesflow.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A deal as the API shows it. */
record OpportunityView(
    String id,
    String customer,
    String title,
    BigDecimal amount,
    String pipeline,
    Integer pipelineVersion,
    String owner,
    OpportunityStatus status,
    int version,
    CurrentStage currentStage,
    List<MissingItem> missing,
    Map<String, Object> fields,
    String closedReason,
    Instant createdAt,
    Instant updatedAt,
    List<StageVisit> history) {

  /**
   * Where the deal is now and how it stands against the stage's SLA; {@code yellowAt} and
   * {@code redAt} are absent for a stage without SLA.
   */
  record CurrentStage(String key, String name, Instant enteredAt, SlaLevel slaLevel,
      Instant yellowAt, Instant redAt) {}

  /** The short form used in lists: no fields, gate or history. */
  static OpportunityView summary(Opportunity o) {
    CurrentStage stage = o.stageKey() == null
        ? null
        : new CurrentStage(o.stageKey(), o.stageName(), o.stageEnteredAt(), null, null, null);
    return of(o, null, stage, null, null, null);
  }

  static OpportunityView of(Opportunity o, Integer pipelineVersion, CurrentStage stage,
      List<MissingItem> missing, Map<String, Object> fields, List<StageVisit> history) {
    return new OpportunityView(o.id(), o.customer(), o.title(), o.amount(), o.pipeline(),
        pipelineVersion, o.ownerId(), o.status(), o.version(), stage, missing, fields,
        o.closedReason(), o.createdAt(), o.updatedAt(), history);
  }
}
