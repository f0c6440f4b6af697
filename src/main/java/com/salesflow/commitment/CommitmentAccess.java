package com.salesflow.commitment;

import com.salesflow.access.RecordAccess;
import com.salesflow.access.RecordOwners;
import com.salesflow.pipeline.DealDirectory.DealSummary;
import com.salesflow.pipeline.DealDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may read a commitment: whoever reaches the owner of its deal, and the approvers working on
 * its sign-off, whose process runs under the commitment's id (see {@link RecordAccess}).
 */
@Component
class CommitmentAccess implements RecordOwners {

  private final CommitmentMapper commitments;
  private final DealDirectory deals;
  private final RecordAccess access;

  CommitmentAccess(CommitmentMapper commitments, DealDirectory deals, RecordAccess access) {
    this.commitments = commitments;
    this.deals = deals;
    this.access = access;
  }

  void requireReadable(Commitment commitment) {
    access.requireReadable("Commitment", commitment.id(),
        dealOwner(commitment.opportunityId()).orElse(null), commitment.id());
  }

  @Override
  public Optional<String> ownerOf(String businessKey) {
    return commitments.findById(businessKey).flatMap(c -> dealOwner(c.opportunityId()));
  }

  private Optional<String> dealOwner(String opportunityId) {
    return deals.find(opportunityId).map(DealSummary::ownerId);
  }
}
