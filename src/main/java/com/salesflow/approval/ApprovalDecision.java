package com.salesflow.approval;

import java.time.Instant;

/**
 * One entry of the decision record: who decided what on which task, when and why. For a delegated
 * task {@code onBehalfOf} is the approver the task belonged to; for a delegation itself
 * {@code delegatedTo} is the colleague who took it over.
 */
public record ApprovalDecision(
    long id,
    String processInstanceId,
    String processKey,
    String businessKey,
    String taskId,
    String taskKey,
    String taskName,
    Decision decision,
    String comment,
    String decidedBy,
    String onBehalfOf,
    String delegatedTo,
    Instant decidedAt) {}
