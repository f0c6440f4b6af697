package com.salesflow.pipeline;

import java.time.Instant;

/** One stay of a deal in a stage: a row of the stage history. */
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
    String reason) {

  static StageVisit entered(String opportunityId, String pipeline, Stage stage, Instant at,
      String by) {
    return new StageVisit(null, opportunityId, pipeline, stage.key(), stage.name(), at, by,
        null, null, null, null);
  }
}
