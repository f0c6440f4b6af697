package com.salesflow.pipeline;

import java.time.Instant;

/**
 * One stay of a deal in a stage: a row of the stage history, with the highest SLA level the stay
 * reached and the deal's owner and the owner's team when the stay began (what reports filter by).
 */
record StageVisit(
    Long id,
    String opportunityId,
    String pipeline,
    String stageKey,
    String stageName,
    Instant enteredAt,
    String enteredBy,
    Instant leftAt,
    String leftBy,
    StageOutcome outcome,
    String reason,
    SlaLevel slaLevel,
    String ownerId,
    String teamId) {

  /** A stay beginning now; the mapper fills in the deal's owner and team when it inserts it. */
  static StageVisit entered(String opportunityId, String pipeline, Stage stage, Instant at,
      String by) {
    return new StageVisit(null, opportunityId, pipeline, stage.key(), stage.name(), at, by,
        null, null, null, null, SlaLevel.GREEN, null, null);
  }
}
