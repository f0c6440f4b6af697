package com.salesflow.approval;

/** Names under which approval tasks declare and take their decisions. */
public final class ApprovalVariables {

  /** Extension property of a user task: the outcomes it accepts, comma-separated. */
  public static final String DECISIONS_PROPERTY = "decisions";

  /** Process variable a decision form sets, read by the gateways after the task. */
  public static final String DECISION = "decision";

  /** Process variable with the approver's reason; required for REJECTED and RETURNED. */
  public static final String COMMENT = "decisionComment";

  private ApprovalVariables() {}
}
