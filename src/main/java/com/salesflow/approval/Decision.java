package com.salesflow.approval;

/**
 * What someone did with an approval task. The first four are the outcomes a task may declare in its
 * {@code decisions} property; {@link #DELEGATED} records that the approver handed the task on.
 */
public enum Decision {
  APPROVED,
  REJECTED,
  RETURNED,
  DONE,
  DELEGATED;

  /** Whether this outcome is only accepted together with a comment saying why. */
  boolean needsComment() {
    return this == REJECTED || this == RETURNED;
  }

  boolean isOutcome() {
    return this != DELEGATED;
  }
}
