package com.salesflow.dispatch;

import java.time.Instant;

/**
 * A customer's request recorded on a deal, such as a custom development, and where the dispatch
 * rules sent it: the group that handles it, the groups informed, the deliverable (an attachment
 * kind) that closes it and when it is due. Routing fields are null until the rules ran.
 */
record CustomerRequest(
    String id, String opportunityId, String type, String description, RequestStatus status,
    String handlerGroup, String informedGroups, String deliverable, Instant dueAt,
    String processInstanceId, String requestedBy, Instant requestedAt, String closedBy,
    Instant closedAt) {

  static CustomerRequest recorded(String id, String opportunityId, String type, String description,
      String requestedBy, Instant now) {
    return new CustomerRequest(id, opportunityId, type, description, RequestStatus.OPEN, null, null,
        null, null, null, requestedBy, now, null, null);
  }
}
