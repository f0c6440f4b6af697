package com.salesflow.pipeline;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes a deal's stage entries and exits to the stage history and keeps its current stage: an
 * entry is one insert and one update, an exit one conditional update. Each entry records the
 * deal's owner and the owner's team as they are at that moment, so that reports by team or owner
 * need not join the deals; a deal's owner cannot change after it is opened.
 */
@Component
class StageJournal {

  private final OpportunityMapper opportunities;
  private final StageVisitMapper visits;

  StageJournal(OpportunityMapper opportunities, StageVisitMapper visits) {
    this.opportunities = opportunities;
    this.visits = visits;
  }

  void entered(String opportunityId, Pipeline pipeline, Stage stage, Instant at, String by) {
    if (visits.insertEntry(StageVisit.entered(opportunityId, pipeline.key(), stage, at, by)) == 0) {
      throw new IllegalStateException("Opportunity " + opportunityId + " does not exist");
    }
    ClosedStays.entered(opportunityId);
    opportunities.updateStage(opportunityId, stage.key(), stage.name(), at);
  }

  /** Closes the deal's open stage visit, if it has one, with how and why it was left. */
  void left(String opportunityId, StageOutcome outcome, String reason, Instant at, String by) {
    visits.closeOpen(opportunityId, outcome, reason, at, by);
    ClosedStays.closed(opportunityId);
  }

  /**
   * When the deal's open stay in {@code stageKey} began; empty when it has no open stay there.
   * Reads nothing when this transaction closed the deal's stay and recorded no entry since.
   */
  Optional<Instant> openStayEntry(String opportunityId, String stageKey) {
    if (ClosedStays.knownClosed(opportunityId)) {
      return Optional.empty();
    }
    return visits.findOpen(opportunityId)
        .filter(visit -> visit.stageKey().equals(stageKey))
        .map(StageVisit::enteredAt);
  }

  void closed(String opportunityId, OpportunityStatus status, String reason, Instant at) {
    opportunities.close(opportunityId, status, reason, at);
  }
}
