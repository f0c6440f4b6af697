package com.salesflow.lead;

import com.salesflow.shared.ConflictException;
import java.time.Instant;

/** A lead: a potential customer that its owner must contact before the response window closes. */
record Lead(
    String id,
    String customer,
    String contact,
    String source,
    String ownerId,
    String teamId,
    LeadStatus status,
    String processInstanceId,
    Instant createdAt,
    Instant respondBy,
    Instant firstContactAt,
    String firstContactNote,
    String opportunityId,
    int version,
    Instant updatedAt) {

  void requireStatus(LeadStatus expected, String action) {
    if (status != expected) {
      throw new ConflictException("Lead " + id + " is " + status + "; " + action
          + " needs a " + expected + " lead");
    }
  }

  boolean answeredInTime() {
    return firstContactAt != null && !firstContactAt.isAfter(respondBy);
  }
}
