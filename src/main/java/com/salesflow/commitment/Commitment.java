package com.salesflow.commitment;

import com.salesflow.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;

/** A capability a rep wants to promise a customer by a date, and how its sign-off went. */
record Commitment(
    String id,
    String opportunityId,
    String customer,
    String dealTitle,
    String capability,
    LocalDate promisedDate,
    String description,
    String requestedBy,
    CommitmentStatus status,
    CommitmentScope scope,
    LocalDate plannedRelease,
    RoadmapStatus roadmapStatus,
    String processInstanceId,
    Instant createdAt,
    Instant decidedAt,
    String decisionComment) {

  /** A commitment letter exists only for an approved commitment. */
  void requireApproved() {
    if (status != CommitmentStatus.APPROVED) {
      throw new ConflictException("Commitment " + id + " is " + status
          + "; a commitment letter exists only once the commitment is approved");
    }
  }
}
