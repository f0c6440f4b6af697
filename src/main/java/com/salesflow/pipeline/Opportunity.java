package com.salesflow.pipeline;

import com.salesflow.shared.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deal moving through a pipeline: the row Salesflow keeps beside the deal's process instance.
 * {@code version} grows with every change, so two people editing it cannot overwrite each other.
 */
record Opportunity(
    String id,
    String customer,
    String title,
    BigDecimal amount,
    String pipeline,
    String ownerId,
    OpportunityStatus status,
    String processInstanceId,
    String processDefinitionId,
    String stageKey,
    String stageName,
    Instant stageEnteredAt,
    String closedReason,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  static Opportunity open(String id, String customer, String title, BigDecimal amount,
      String pipeline, String ownerId, Instant now) {
    return new Opportunity(id, customer, title, amount, pipeline, ownerId, OpportunityStatus.OPEN,
        null, null, null, null, null, null, 0, now, now);
  }

  void requireOpen() {
    if (status != OpportunityStatus.OPEN) {
      throw new ConflictException("Opportunity " + id + " is " + status + " and can no longer change");
    }
  }

  void requireVersion(Integer expected) {
    if (expected != null && expected != version) {
      throw new ConflictException("Opportunity " + id + " was changed by someone else (version "
          + version + ", yours " + expected + "); reload it and apply your change again");
    }
  }
}
