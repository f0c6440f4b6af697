package com.salesflow.pipeline;

import com.salesflow.organisation.OrgMember;
import com.salesflow.organisation.Organisation;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Writes a deal's stage entries and exits to the stage history and keeps its current stage. Each
 * entry records the deal's owner and the owner's team as they are at that moment, so that reports
 * by team or owner need not join the deals; a deal's owner cannot change after it is opened.
 */
@Component
class StageJournal {

  private final OpportunityMapper opportunities;
  private final StageVisitMapper visits;
  private final Organisation organisation;

  StageJournal(OpportunityMapper opportunities, StageVisitMapper visits,
      Organisation organisation) {
    this.opportunities = opportunities;
    this.visits = visits;
    this.organisation = organisation;
  }

  void entered(String opportunityId, Pipeline pipeline, Stage stage, Instant at, String by) {
    String owner = opportunities.findById(opportunityId).map(Opportunity::ownerId).orElse(null);
    String team = owner == null ? null
        : organisation.member(owner).map(OrgMember::teamId).orElse(null);
    visits.insert(StageVisit.entered(opportunityId, pipeline.key(), stage, at, by, owner, team));
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
