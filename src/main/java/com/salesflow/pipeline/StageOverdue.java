package com.salesflow.pipeline;

import java.time.Instant;

/**
 * A deal stayed in a stage past the stage's yellow or red time. Published inside the transaction of
 * the timer that noticed it, so whatever listeners write commits or rolls back with it.
 *
 * @param stageVisitId the stay in the stage that is overdue; a later stay is a new visit
 * @param workingDays the working days the deal has been in the stage
 */
public record StageOverdue(
    String opportunityId,
    long stageVisitId,
    String customer,
    String title,
    String ownerId,
    String stageKey,
    String stageName,
    SlaLevel level,
    int workingDays,
    Instant enteredAt) {}
