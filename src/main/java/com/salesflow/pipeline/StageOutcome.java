package com.salesflow.pipeline;

/** How a deal left a stage. */
public enum StageOutcome {
  /** Completed the stage and moved to the next one. */
  ADVANCED,
  /** Sent back to an earlier stage. */
  REGRESSED,
  /** Marked lost while in the stage. */
  LOST,
  /** Completed the pipeline's last stage. */
  WON,
  /** Removed by an engine operation outside Salesflow, such as cancelling the instance in Cockpit. */
  CANCELLED
}
