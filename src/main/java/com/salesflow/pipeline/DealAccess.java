package com.salesflow.pipeline;

import com.salesflow.access.RecordAccess;
import com.salesflow.access.RecordOwners;
import com.salesflow.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a deal through our API, for every capability that works on deals: the
 * rules of {@link RecordAccess}, with the deal's id as the business key of the processes that
 * work on it (its pipeline, its contract review, its customer requests).
 */
@Component
public class DealAccess implements RecordOwners {

  static final String KIND = "Opportunity";

  private final OpportunityMapper opportunities;
  private final RecordAccess access;

  DealAccess(OpportunityMapper opportunities, RecordAccess access) {
    this.opportunities = opportunities;
    this.access = access;
  }

  /** Refuses with 404 a deal that does not exist or that the caller may not read. */
  public void requireReadable(String id) {
    access.requireReadable(KIND, id, existingOwnerOf(id), id);
  }

  /** As {@link #requireReadable}, and 403 for a deal the caller may read but not change. */
  public void requireChangeable(String id) {
    access.requireChangeable(KIND, id, existingOwnerOf(id), id);
  }

  @Override
  public Optional<String> ownerOf(String businessKey) {
    return opportunities.findById(businessKey).map(Opportunity::ownerId);
  }

  private String existingOwnerOf(String id) {
    return ownerOf(id).orElseThrow(() -> new NotFoundException(KIND, id));
  }
}
