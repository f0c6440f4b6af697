package com.salesflow.pipeline;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Writes a deal's stage entries and exits to the stage history and keeps its current stage. */
@Component
class StageJournal {

  private final OpportunityMapper opportunities;
  private final StageVisitMapper visits;

  StageJournal(OpportunityMapper opportunities, StageVisitMapper visits) {
    this.opportunities = opportunities;
    this.visits = visits;
  }

  void entered(String opportunityId, Pipeline pipeline, Stage stage, Instant at, String by) {
    visits.insert(StageVisit.entered(opportunityId, pipeline.key(), stage, at, by));
    opportunities.updateStage(opportunityId, stage.key(), stage.name(), at);
  }

  /** Closes the deal's open stage visit, if it has one, with how and why it was left. */
  void left(String opportunityId, StageOutcome outcome, String reason, Instant at, String by) {
    visits.findOpen(opportunityId)
        .ifPresent(open -> visits.close(open.leftAs(outcome, reason, at, by)));
  }

  void closed(String opportunityId, OpportunityStatus status, String reason, Instant at) {
    opportunities.close(opportunityId, status, reason, at);
  }
}
