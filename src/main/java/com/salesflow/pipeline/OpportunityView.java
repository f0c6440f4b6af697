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

  /** Where the deal is now. */
  record CurrentStage(String key, String name, Instant enteredAt) {}

  /** The short form used in lists: no fields, gate or history. */
  static OpportunityView summary(Opportunity o) {
    return of(o, null, null, null);
  }

  static OpportunityView of(Opportunity o, List<MissingItem> missing, Map<String, Object> fields,
      List<StageVisit> history) {
    CurrentStage stage = o.stageKey() == null
        ? null
        : new CurrentStage(o.stageKey(), o.stageName(), o.stageEnteredAt());
    return new OpportunityView(o.id(), o.customer(), o.title(), o.amount(), o.pipeline(),
        o.ownerId(), o.status(), o.version(), stage, missing, fields, o.closedReason(),
        o.createdAt(), o.updatedAt(), history);
  }
}
