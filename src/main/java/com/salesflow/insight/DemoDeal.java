package com.salesflow.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A generated demo deal and its stays, written to the deal and stage-history tables as is. */
record DemoDeal(String id, String customer, String title, BigDecimal amount, String pipeline,
    String ownerId, String status, String stageKey, String stageName, Instant stageEnteredAt,
    String closedReason, Instant createdAt, Instant updatedAt, List<Stay> stays) {

  /** One stay in a stage; {@code leftAt} and {@code outcome} are null while the deal is in it. */
  record Stay(String opportunityId, String pipeline, String stageKey, String stageName,
      Instant enteredAt, Instant leftAt, String outcome, String reason, String slaLevel,
      String by) {}
}
