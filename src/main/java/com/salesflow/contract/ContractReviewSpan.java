package com.salesflow.contract;

import java.time.Instant;

/**
 * One time a contract-review task was open: its branch and how long it stayed open ({@code
 * endedAt} and {@code durationMs} null while it still is).
 */
record ContractReviewSpan(
    long id, String opportunityId, String processInstanceId, String taskId, ReviewBranch branch,
    Instant startedAt, Instant endedAt, Long durationMs) {

  static ContractReviewSpan opened(String opportunityId, String processInstanceId, String taskId,
      ReviewBranch branch, Instant at) {
    return new ContractReviewSpan(0, opportunityId, processInstanceId, taskId, branch, at, null,
        null);
  }

  /** How long the span lasted, or has lasted until {@code now} while it is open. */
  long millisUntil(Instant now) {
    return durationMs != null ? durationMs : Math.max(0, now.toEpochMilli()
        - startedAt.toEpochMilli());
  }
}
